import {
  createProductsWorkflow,
  deleteProductsWorkflow,
  deleteTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { toMedusaAmount, type CraftCode } from "@sipakam/shared"
import type { CatalogueProduct } from "./catalogue"
import { type ProductArtworkType, uploadArtwork } from "./upload-artwork"

/** Products per createProductsWorkflow run: large enough to be fast, small enough to fail cheaply. */
const BATCH_SIZE = 30

export type SeededProduct = {
  id: string
  spec: CatalogueProduct
  variants: { id: string; sku: string }[]
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
}

type Context = {
  salesChannelId: string
  shippingProfileId: string
  categoryIds: Record<CraftCode, string>
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "sales_channels.id",
  "shipping_profile.id",
  "variants.id",
  "variants.sku",
  "variants.price_set.prices.id",
  "variants.inventory_items.inventory_item_id",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
]

/** The shape PRODUCT_FIELDS asks for, spelled out so it does not depend on generated types. */
type FoundProduct = {
  id: string
  handle: string
  sales_channels?: ({ id: string } | null)[] | null
  shipping_profile?: { id: string } | null
  variants?:
    | ({
        id: string
        sku?: string | null
        price_set?: { prices?: unknown[] | null } | null
        inventory_items?: unknown[] | null
      } | null)[]
    | null
  options?:
    | ({
        id: string
        title: string
        values?: ({ id: string; value: string } | null)[] | null
      } | null)[]
    | null
}

async function findProducts(
  container: MedusaContainer,
  handles: string[]
): Promise<FoundProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { handle: handles },
  })
  return data as FoundProduct[]
}

/**
 * A product left half-made by an interrupted run (creating one spans several steps) lacks
 * variants, prices, inventory, its sales channel or its shipping profile.
 */
function isComplete(
  product: FoundProduct,
  spec: CatalogueProduct,
  salesChannelId: string
): boolean {
  const variants = product.variants ?? []
  return (
    variants.length === spec.variants.length &&
    variants.every(
      (variant) =>
        (variant?.price_set?.prices?.length ?? 0) === 2 &&
        (variant?.inventory_items?.length ?? 0) === 1
    ) &&
    !!product.sales_channels?.some((channel) => channel?.id === salesChannelId) &&
    !!product.shipping_profile?.id
  )
}

/** What removeProducts needs of a product: its id and those of its variants, options and values. */
export type RemovableProduct = Pick<FoundProduct, "id" | "variants" | "options">

/** Deletes products with the translations of their records, which would otherwise linger. */
export async function removeProducts(
  container: MedusaContainer,
  products: RemovableProduct[]
): Promise<void> {
  const recordIds = products.flatMap((product) => [
    product.id,
    ...(product.variants ?? []).flatMap((variant) => (variant ? [variant.id] : [])),
    ...(product.options ?? []).flatMap((option) =>
      option
        ? [option.id, ...(option.values ?? []).flatMap((value) => (value ? [value.id] : []))]
        : []
    ),
  ])
  const translations = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: recordIds }, { select: ["id"] })
  if (translations.length) {
    await deleteTranslationsWorkflow(container).run({
      input: { ids: translations.map((item) => item.id) },
    })
  }
  await deleteProductsWorkflow(container).run({
    input: { ids: products.map((product) => product.id) },
  })
}

function productInput(spec: CatalogueProduct, artwork: ProductArtworkType, context: Context) {
  return {
    title: spec.title.en,
    handle: spec.handle,
    description: spec.description.en,
    status: ProductStatus.PUBLISHED,
    thumbnail: artwork.thumbnail,
    images: artwork.images.map((url) => ({ url })),
    weight: spec.weightGrams,
    origin_country: "kh",
    metadata: spec.heritage,
    category_ids: [context.categoryIds[spec.heritage.craft]],
    shipping_profile_id: context.shippingProfileId,
    sales_channels: [{ id: context.salesChannelId }],
    options: [{ title: spec.option.en, values: spec.variants.map((variant) => variant.value.en) }],
    variants: spec.variants.map((variant) => ({
      title: variant.value.en,
      sku: variant.sku,
      manage_inventory: true,
      options: { [spec.option.en]: variant.value.en },
      prices: [
        { currency_code: "usd", amount: toMedusaAmount(variant.prices.usd, "usd") },
        { currency_code: "eur", amount: toMedusaAmount(variant.prices.eur, "eur") },
      ],
    })),
  }
}

/** Finds the catalogue's products by handle, replaces half-made ones and creates the rest. */
export async function ensureProducts(
  container: MedusaContainer,
  catalogue: CatalogueProduct[],
  context: Context
): Promise<SeededProduct[]> {
  const handles = catalogue.map((spec) => spec.handle)
  const existing = await findProducts(container, handles)
  const specByHandle = new Map(catalogue.map((spec) => [spec.handle, spec]))
  const broken = existing.filter((product) => {
    const spec = specByHandle.get(product.handle)
    return spec && !isComplete(product, spec, context.salesChannelId)
  })
  if (broken.length) {
    await removeProducts(container, broken)
  }
  const kept = new Set(
    existing.filter((product) => !broken.includes(product)).map((product) => product.handle)
  )
  const missing = catalogue.filter((spec) => !kept.has(spec.handle))

  if (missing.length) {
    const artwork = await uploadArtwork(container, missing)
    for (let start = 0; start < missing.length; start += BATCH_SIZE) {
      const batch = missing.slice(start, start + BATCH_SIZE)
      await createProductsWorkflow(container).run({
        input: {
          products: batch.map((spec) => {
            const pictures = artwork.get(spec.handle)
            if (!pictures) {
              throw new Error(`No artwork was uploaded for ${spec.handle}`)
            }
            return productInput(spec, pictures, context)
          }),
        },
      })
    }
  }

  const products = await findProducts(container, handles)
  return catalogue.map((spec) => {
    const product = products.find((candidate) => candidate.handle === spec.handle)
    if (!product) {
      throw new Error(`Product ${spec.handle} was not created`)
    }
    return {
      id: product.id,
      spec,
      variants: (product.variants ?? []).flatMap((variant) =>
        variant?.sku ? [{ id: variant.id, sku: variant.sku }] : []
      ),
      options: (product.options ?? []).flatMap((option) =>
        option
          ? [
              {
                id: option.id,
                title: option.title,
                values: (option.values ?? []).flatMap((value) =>
                  value ? [{ id: value.id, value: value.value }] : []
                ),
              },
            ]
          : []
      ),
    }
  })
}
