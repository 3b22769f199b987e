import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ExecArgs } from "@medusajs/framework/types"
import type { CraftCode } from "@sipakam/shared"
import { buildCatalogue } from "./seed/catalogue"
import { ensureCraftCategories, type SeededCategory } from "./seed/categories"
import { ensureDemoAccounts } from "./seed/demo-accounts"
import { ensureDemoOrders } from "./seed/demo-orders"
import { ensureFulfillment, type SeededShipping } from "./seed/fulfillment"
import { ensureGroupStock } from "./seed/group-stock"
import { ensureKhmerTranslations, type KhmerTranslation } from "./seed/khmer-translations"
import { ensureProducerLogins } from "./seed/producer-logins"
import { ensureProducers } from "./seed/producers"
import { ensureProducts, type SeededProduct } from "./seed/products"
import { planProvenance } from "./seed/provenance"
import { ensureRegions, type SeededRegions } from "./seed/regions"
import {
  defaultSalesChannelId,
  defaultShippingProfileId,
  ensureKhmerLocale,
  isSeeded,
  loadStore,
  markSeeded,
  updateStoreSettings,
} from "./seed/store-settings"

function khmerTexts(
  products: SeededProduct[],
  categories: SeededCategory[],
  shipping: SeededShipping,
  regions: SeededRegions
): KhmerTranslation[] {
  const productTexts = products.flatMap(({ id, spec, variants, options }) => [
    {
      reference: "product",
      reference_id: id,
      translations: { title: spec.title.km, description: spec.description.km },
    },
    ...variants.flatMap((variant) => {
      const variantSpec = spec.variants.find((candidate) => candidate.sku === variant.sku)
      return variantSpec
        ? [
            {
              reference: "product_variant",
              reference_id: variant.id,
              translations: { title: variantSpec.value.km },
            },
          ]
        : []
    }),
    ...options.flatMap((option) => [
      {
        reference: "product_option",
        reference_id: option.id,
        translations: { title: spec.option.km },
      },
      ...option.values.flatMap((value) => {
        const variantSpec = spec.variants.find((candidate) => candidate.value.en === value.value)
        return variantSpec
          ? [
              {
                reference: "product_option_value",
                reference_id: value.id,
                translations: { value: variantSpec.value.km },
              },
            ]
          : []
      }),
    ]),
  ])
  return [
    ...productTexts,
    ...categories.map((category) => ({
      reference: "product_category",
      reference_id: category.id,
      translations: { name: category.name.km, description: category.description.km },
    })),
    ...shipping.options.map((option) => ({
      reference: "shipping_option",
      reference_id: option.id,
      translations: { name: option.name.km },
    })),
    ...shipping.types.map((type) => ({
      reference: "shipping_option_type",
      reference_id: type.id,
      translations: { label: type.label.km, description: type.description.km },
    })),
    ...Object.values(regions).map((region) => ({
      reference: "region",
      reference_id: region.id,
      translations: { name: region.spec.name.km },
    })),
  ]
}

/**
 * Seeds the demo catalogue: regions and taxes, the Siem Reap hub and its shipping, about 130
 * products across every craft with generated artwork and Khmer translations, the producer
 * groups that make them (with their makers, each product's heritage profile and the stock at
 * the group's own location), the demo accounts with two producer logins, and a few orders of
 * the demo tourist on the groups' ledger. Every record is found by a natural key before it is
 * created, so a second run, or a run after an interrupted one, ends in the same state; the
 * store's metadata records a completed run, after which the seed returns at once.
 */
export default async function seedDemoCatalogue({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const store = await loadStore(container)
  if (isSeeded(store)) {
    logger.info("Demo catalogue already seeded")
    return
  }
  const step = (message: string) =>
    logger.info(`Seed: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`)

  await ensureKhmerLocale(container)
  const regions = await ensureRegions(container)
  step("regions and tax regions ready")

  const salesChannelId = await defaultSalesChannelId(container, store.default_sales_channel_id)
  const shippingProfileId = await defaultShippingProfileId(container)
  const shipping = await ensureFulfillment(container, regions, salesChannelId, shippingProfileId)
  await updateStoreSettings(container, store.id, {
    regionId: regions.cambodia.id,
    locationId: shipping.locationId,
  })
  step("stock location, shipping and store settings ready")

  const categories = await ensureCraftCategories(container)
  const categoryIds = Object.fromEntries(
    categories.map((category) => [category.craft, category.id])
  ) as Record<CraftCode, string>
  const catalogue = buildCatalogue()
  const products = await ensureProducts(container, catalogue, {
    salesChannelId,
    shippingProfileId,
    categoryIds,
  })
  step(`${products.length} products ready`)

  const plan = planProvenance(catalogue)
  const groups = await ensureProducers(container, products, plan)
  step(`${groups.size} producer groups with their makers and products' heritage ready`)

  await ensureGroupStock(container, shipping.locationId, products, plan, groups)
  await ensureKhmerTranslations(container, khmerTexts(products, categories, shipping, regions))
  step("stock at the groups' locations and Khmer translations ready")

  await ensureDemoAccounts(container)
  await ensureProducerLogins(container, groups)
  step("demo accounts and producer logins ready")

  const orders = await ensureDemoOrders(container, { regions, salesChannelId, products, plan })
  await markSeeded(container, store)
  step(`${orders.length} demo orders on the ledger; demo catalogue seeded`)
}
