import { deleteInventoryItemWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { ExecArgs, ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { toMedusaAmount, type CraftCode } from "@sipakam/shared"
import {
  createBulkProductsWorkflow,
  type BulkProductInputType,
} from "../workflows/seed/workflows/create-bulk-products"
import {
  BULK_METADATA_KEY,
  bulkGroups,
  bulkProduct,
  type BulkProductSpec,
} from "./seed/bulk-catalogue"
import { buildCatalogue } from "./seed/catalogue"
import { ensureCraftCategories } from "./seed/categories"
import { BULK_PRODUCTS_KEY } from "./seed/constants"
import { ensureGroups, ensureMakers, type SeededGroups } from "./seed/producers"
import { removeProducts, type RemovableProduct } from "./seed/products"
import type { ProductArtworkType } from "./seed/upload-artwork"
import {
  defaultSalesChannelId,
  defaultShippingProfileId,
  isSeeded,
  loadStore,
  type SeededStore,
} from "./seed/store-settings"

/** Products per workflow run: big enough to amortise a run, small enough to redo cheaply. */
const BATCH_SIZE = 200
/** Records per lookup, so no query carries thousands of ids. */
const LOOKUP_CHUNK = 1000

type Context = {
  salesChannelId: string
  shippingProfileId: string
  categoryIds: Record<CraftCode, string>
  artwork: Map<CraftCode, ProductArtworkType[]>
  groups: SeededGroups
  publicMakers: Map<string, string>
}

type BulkRow = RemovableProduct & { handle: string; heritage_profile?: { id: string } | null }

/**
 * How many bulk products the store should hold: `products=N` (or a bare N) after the script's
 * path. `medusa exec` takes positional arguments only: its parser rejects `--products N`.
 */
export function parseProductCount(args: string[] = []): number {
  const raw = args
    .map((arg) => /^(?:products=)?(\S+)$/.exec(arg)?.[1])
    .find((value) => value !== undefined)
  const count = Number(raw ?? 10000)
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`products must be a whole number, got "${raw}"`)
  }
  return count
}

function chunks<T>(values: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, index) =>
    values.slice(index * size, (index + 1) * size)
  )
}

async function findBulkProducts(container: MedusaContainer, handles: string[]): Promise<BulkRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows: BulkRow[] = []
  for (const chunk of chunks(handles, LOOKUP_CHUNK)) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "variants.id", "options.id", "options.values.id", "heritage_profile.id"],
      filters: { handle: chunk },
    })
    rows.push(...(data as BulkRow[]))
  }
  return rows
}

/**
 * A run stopped in the middle of a batch (the process killed) can leave inventory items behind
 * without their products; their SKUs would clash with the retry's, so they go first.
 */
async function removeOrphanInventory(container: MedusaContainer, specs: BulkProductSpec[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = specs.flatMap((spec) => spec.product.variants.map((variant) => variant.sku))
  for (const chunk of chunks(skus, LOOKUP_CHUNK)) {
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id"],
      filters: { sku: chunk },
    })
    if (data.length) {
      await deleteInventoryItemWorkflow(container).run({ input: data.map((item) => item.id) })
    }
  }
}

/** Medusa's subscriber that hands product events to the search index, one event at a time. */
const SEARCH_INGESTION_SUBSCRIBER = "search-ingestion"
const PRODUCT_INDEX = "product"

/**
 * Each batch emits an event per product and per variant, and the search subscriber answers each
 * with its own query: hundreds per batch, which fall behind and slow the run down threefold.
 * This process indexes its batches itself instead (see `indexBatch`), so the subscriber is
 * switched off here, for this run only.
 */
function pauseSearchIngestion(container: MedusaContainer): void {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))
  const noop = async () => undefined
  for (const event of events) {
    eventBus.unsubscribe(event, noop, { subscriberId: SEARCH_INGESTION_SUBSCRIBER })
  }
}

/**
 * The product index, when it is live. Until the app has started once on this database the index
 * has no data, and the app fills it (bulk products included) when it starts.
 */
async function liveProductIndex(container: MedusaContainer): Promise<ISearchModuleService | undefined> {
  const search = container.resolve<ISearchModuleService | undefined>(Modules.SEARCH, {
    allowUnregistered: true,
  })
  const indexes = (await search?.listIndexes()) ?? []
  return indexes.some((index) => index.name === PRODUCT_INDEX && index.status === "ready")
    ? search
    : undefined
}

/** The demo's artwork per craft: bulk products show a picture of their craft, not their own. */
async function demoArtwork(
  container: MedusaContainer
): Promise<Map<CraftCode, ProductArtworkType[]>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["thumbnail", "metadata", "images.url", "images.rank"],
    filters: { handle: buildCatalogue().map((product) => product.handle) },
  })
  const artwork = new Map<CraftCode, ProductArtworkType[]>()
  for (const row of data) {
    const craft = row.metadata?.craft as CraftCode | undefined
    const [mainView] = [...(row.images ?? [])].sort((a, b) => a.rank - b.rank)
    if (craft && row.thumbnail && mainView) {
      const pictures = { thumbnail: row.thumbnail, images: [mainView.url] }
      artwork.set(craft, [...(artwork.get(craft) ?? []), pictures])
    }
  }
  return artwork
}

/** Records that the store holds `count` complete bulk products (never lowers the mark). */
async function markBulkSeeded(container: MedusaContainer, store: SeededStore, count: number) {
  if (Number(store.metadata?.[BULK_PRODUCTS_KEY] ?? 0) >= count) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...(store.metadata ?? {}), [BULK_PRODUCTS_KEY]: count } },
    },
  })
}

function productInput(spec: BulkProductSpec, context: Context): BulkProductInputType {
  const { product, heritage } = spec
  const group = context.groups.get(spec.group)
  if (!group) {
    throw new Error(`Bulk group ${spec.group} was not created`)
  }
  const pictures = context.artwork.get(heritage.craft) ?? []
  const picture = pictures.length ? pictures[spec.index % pictures.length] : null
  return {
    title: product.title.en,
    title_km: product.title.km,
    handle: product.handle,
    description: product.description.en,
    description_km: product.description.km,
    status: ProductStatus.PUBLISHED,
    thumbnail: picture?.thumbnail ?? null,
    images: picture?.images.map((url) => ({ url })) ?? [],
    weight: product.weightGrams,
    origin_country: "kh",
    metadata: { ...product.heritage, [BULK_METADATA_KEY]: true },
    category_ids: [context.categoryIds[heritage.craft]],
    shipping_profile_id: context.shippingProfileId,
    sales_channels: [{ id: context.salesChannelId }],
    options: [
      { title: product.option.en, values: product.variants.map((variant) => variant.value.en) },
    ],
    option_title_km: product.option.km,
    variants: product.variants.map((variant) => ({
      title: variant.value.en,
      title_km: variant.value.km,
      sku: variant.sku,
      options: { [product.option.en]: variant.value.en },
      prices: [
        { currency_code: "usd", amount: toMedusaAmount(variant.prices.usd, "usd") },
        { currency_code: "eur", amount: toMedusaAmount(variant.prices.eur, "eur") },
      ],
      stock: variant.stock,
    })),
    location_id: group.stockLocationId,
    provenance: {
      producer_group_id: group.id,
      public_maker_ids: spec.makers.map((key) => {
        const publicId = context.publicMakers.get(key)
        if (!publicId) {
          throw new Error(`Maker ${key} has no public record`)
        }
        return publicId
      }),
      heritage: {
        craft: heritage.craft,
        technique: heritage.technique.en,
        technique_km: heritage.technique.km,
        materials: heritage.materials,
        natural_dyes: heritage.natural_dyes,
        province: heritage.province,
        people: heritage.people,
        cultural_significance: heritage.cultural_significance.en,
        cultural_significance_km: heritage.cultural_significance.km,
        hours_to_make: heritage.hours_to_make,
        care: heritage.care.en,
        care_km: heritage.care.km,
      },
    },
  }
}

/**
 * Fills the store with synthetic products for the benchmarks: `npm run seed:bulk -- --products N`
 * runs `medusa exec ./src/scripts/seed-bulk.ts products=N` on the bench database (never the
 * demo's). It makes producer groups of 50 products each with their makers and stock locations,
 * and products made from the demo's craft lines with Khmer texts, prices in USD and EUR, stock
 * at their group's location, heritage profiles, group and makers.
 * Every record is a function of its index, so a second run adds only what is missing and a run
 * cut short (even mid-batch) is finished by the next one. Needs the demo catalogue seeded.
 */
export default async function seedBulkCatalogue({ container, args }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
  const target = parseProductCount(args)
  const store = await loadStore(container)
  if (!isSeeded(store)) {
    throw new Error("The demo catalogue is not seeded: run the demo seed before the bulk one")
  }

  const specs = Array.from({ length: target }, (_, index) => bulkProduct(index))
  const existing = await findBulkProducts(
    container,
    specs.map((spec) => spec.product.handle)
  )
  const broken = existing.filter((row) => !row.heritage_profile?.id)
  if (broken.length) {
    logger.info(`Bulk: removing ${broken.length} products left unfinished by an earlier run`)
    for (const chunk of chunks(broken, BATCH_SIZE)) {
      await removeProducts(container, chunk)
    }
  }
  const done = new Set(
    existing.filter((row) => row.heritage_profile?.id).map((row) => row.handle)
  )
  const missing = specs.filter((spec) => !done.has(spec.product.handle))
  logger.info(`Bulk: ${done.size} of ${target} products already there (${seconds()} s)`)
  if (!missing.length) {
    await markBulkSeeded(container, store, target)
    return
  }
  await removeOrphanInventory(container, missing)

  const groupSpecs = bulkGroups(target)
  const groups = await ensureGroups(container, groupSpecs)
  const publicMakers = await ensureMakers(
    container,
    groups,
    groupSpecs.flatMap((group) => group.makers)
  )
  logger.info(
    `Bulk: ${groups.size} producer groups with ${publicMakers.size} makers ready (${seconds()} s)`
  )

  const categories = await ensureCraftCategories(container)
  const context: Context = {
    salesChannelId: await defaultSalesChannelId(container, store.default_sales_channel_id),
    shippingProfileId: await defaultShippingProfileId(container),
    categoryIds: Object.fromEntries(
      categories.map((category) => [category.craft, category.id])
    ) as Record<CraftCode, string>,
    artwork: await demoArtwork(container),
    groups,
    publicMakers,
  }

  pauseSearchIngestion(container)
  const search = await liveProductIndex(container)
  logger.info(
    search
      ? "Bulk: each batch is added to the search index"
      : "Bulk: the search index is not seeded yet; the app fills it when it starts"
  )

  const productsStarted = Date.now()
  let created = 0
  for (const batch of chunks(missing, BATCH_SIZE)) {
    const { result: ids } = await createBulkProductsWorkflow(container).run({
      input: { products: batch.map((spec) => productInput(spec, context)) },
    })
    // In place and scoped to the batch: the rest of the index stays as it is.
    await search?.reindex({ index: PRODUCT_INDEX, strategy: "in_place", filters: { id: ids } })
    created += batch.length
    const rate = created / ((Date.now() - productsStarted) / 1000)
    const left = Math.round((missing.length - created) / rate)
    logger.info(
      `Bulk: ${done.size + created} of ${target} products (${rate.toFixed(1)}/s, ~${left} s left, ${seconds()} s)`
    )
  }
  await markBulkSeeded(container, store, target)
  logger.info(`Bulk: ${target} bulk products in the store (${seconds()} s)`)
}
