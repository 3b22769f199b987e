import type { CreateProductWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { validateGroupUploadsStep } from "../../producer/steps/validate-group-uploads"
import { toMedusaAmount } from "@sipakam/shared"
import type { ProducerCreateProductType } from "../../../api/producer/products/validators"
import { HERITAGE_MODULE } from "../../../modules/heritage"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { DEFAULT_PRODUCT_OPTION } from "../constants"
import { statusOfNewProducerProduct } from "../producer-product-status"
import { createHeritageProfileStep } from "../steps/create-heritage-profile"
import { findCraftCategoryStep } from "../steps/find-craft-category"
import type { GroupCatalogueContextType } from "../steps/resolve-group-catalogue-context"
import { resolveGroupCatalogueContextStep } from "../steps/resolve-group-catalogue-context"
import { resolveProductHandleStep } from "../steps/resolve-product-handle"
import { upsertKhmerTranslationsStep } from "../steps/upsert-khmer-translations"
import { validateProductMakersStep } from "../steps/validate-product-makers"
import { validateUniqueVariantSkusStep } from "../steps/validate-unique-variant-skus"

export type CreateProducerProductWorkflowInput = {
  /** The group the product belongs to: always the acting member's group, never the request's. */
  group_id: string
  product: ProducerCreateProductType
}

function buildProductInput(data: {
  product: ProducerCreateProductType
  context: GroupCatalogueContextType
  handle: string
  categoryId: string | null
  inventoryItemIds: string[]
}): { products: CreateProductWorkflowInputDTO[] } {
  const { product, context } = data
  const hasOptions = !!product.options?.length
  const options = hasOptions
    ? (product.options ?? [])
    : [{ title: DEFAULT_PRODUCT_OPTION.title, values: [DEFAULT_PRODUCT_OPTION.value] }]
  const images = product.images ?? []
  return {
    products: [
      {
        title: product.title,
        description: product.description,
        handle: data.handle,
        status: statusOfNewProducerProduct(context.trusted, product.draft),
        thumbnail: images[0] ?? null,
        images: images.map((url) => ({ url })),
        origin_country: "kh",
        category_ids: data.categoryId ? [data.categoryId] : undefined,
        shipping_profile_id: context.shipping_profile_id ?? undefined,
        // Only active groups sell: the others' products stay out of the store's channel.
        sales_channels: context.sales_channel_id ? [{ id: context.sales_channel_id }] : undefined,
        options,
        variants: product.variants.map((variant, index) => ({
          title: variant.title,
          sku: variant.sku,
          manage_inventory: true,
          allow_backorder: false,
          options: hasOptions
            ? (variant.options ?? {})
            : { [DEFAULT_PRODUCT_OPTION.title]: DEFAULT_PRODUCT_OPTION.value },
          prices: variant.prices.map((price) => ({
            currency_code: price.currency_code,
            amount: toMedusaAmount(price.amount, price.currency_code),
          })),
          inventory_items: [
            { inventory_item_id: data.inventoryItemIds[index], required_quantity: 1 },
          ],
        })),
      },
    ],
  }
}

/**
 * Creates a producer group's product: variants priced from integer minor units, stock at the
 * group's own location, the heritage profile, the credited makers (their public records) and the
 * Khmer texts. A draft when asked; otherwise published at once for trusted groups and proposed
 * for the operator's review for the others.
 * Any failure undoes every record made before it.
 */
export const createProducerProductWorkflow = createWorkflow(
  "create-producer-product",
  (input: CreateProducerProductWorkflowInput) => {
    const context = resolveGroupCatalogueContextStep({ group_id: input.group_id })

    const checks = transform({ input }, ({ input }) => ({
      maker_ids: input.product.maker_ids ?? [],
      urls: input.product.images ?? [],
      skus: input.product.variants.flatMap((variant) => (variant.sku ? [variant.sku] : [])),
    }))
    const publicMakerIds = validateProductMakersStep({
      group_id: input.group_id,
      maker_ids: checks.maker_ids,
    })
    validateGroupUploadsStep(
      transform({ input, checks }, ({ input, checks }) => ({
        group_id: input.group_id,
        fields: { images: checks.urls },
      }))
    )
    validateUniqueVariantSkusStep({ skus: checks.skus })
    const handle = resolveProductHandleStep({
      handle: input.product.handle,
      title: input.product.title,
    })
    const categoryId = findCraftCategoryStep({ craft: input.product.heritage.craft })

    const inventoryInput = transform({ input, context }, ({ input, context }) => ({
      items: input.product.variants.map((variant) => ({
        title: `${input.product.title} · ${variant.title}`,
        sku: variant.sku,
        requires_shipping: true,
        location_levels: [
          { location_id: context.stock_location_id, stocked_quantity: variant.stock },
        ],
      })),
    }))
    const inventoryItems = createInventoryItemsWorkflow.runAsStep({ input: inventoryInput })

    const productInput = transform(
      { input, context, handle, categoryId, inventoryItems },
      ({ input, context, handle, categoryId, inventoryItems }) =>
        buildProductInput({
          product: input.product,
          context,
          handle,
          categoryId,
          inventoryItemIds: inventoryItems.map((item) => item.id),
        })
    )
    const products = createProductsWorkflow.runAsStep({ input: productInput })

    const heritageInput = transform({ input }, ({ input }) => {
      const { technique_km, cultural_significance_km, care_km, ...profile } = input.product.heritage
      return profile
    })
    const profile = createHeritageProfileStep(heritageInput)

    const links = transform(
      { input, products, profile, publicMakerIds },
      ({ input, products, profile, publicMakerIds }): LinkDefinition[] => {
        const productId = products[0].id
        return [
          {
            [Modules.PRODUCT]: { product_id: productId },
            [PRODUCER_MODULE]: { producer_group_id: input.group_id },
          },
          {
            [Modules.PRODUCT]: { product_id: productId },
            [HERITAGE_MODULE]: { heritage_profile_id: profile.id },
          },
          ...publicMakerIds.map((publicMakerId) => ({
            [Modules.PRODUCT]: { product_id: productId },
            [PRODUCER_MODULE]: { public_maker_id: publicMakerId },
          })),
        ]
      }
    )
    createRemoteLinkStep(links)

    const khmerTexts = transform({ input, products, profile }, ({ input, products, profile }) => {
      const { product } = input
      return [
        {
          reference: "product",
          reference_id: products[0].id,
          translations: { title: product.title_km, description: product.description_km },
        },
        {
          reference: "heritage_profile",
          reference_id: profile.id,
          translations: {
            technique: product.heritage.technique_km,
            cultural_significance: product.heritage.cultural_significance_km,
            care: product.heritage.care_km,
          },
        },
      ]
    })
    upsertKhmerTranslationsStep(khmerTexts)

    const created = transform({ input, products }, ({ input, products }) => ({
      id: products[0].id,
      group_id: input.group_id,
    }))
    const productCreated = createHook("producerProductCreated", {
      product_id: created.id,
      group_id: created.group_id,
    })
    return new WorkflowResponse(created, { hooks: [productCreated] })
  }
)
