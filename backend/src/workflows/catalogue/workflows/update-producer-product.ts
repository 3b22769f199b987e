import type { LinkDefinition, UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  batchInventoryItemLevelsWorkflow,
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { toMedusaAmount } from "@sipakam/shared"
import type { ProducerUpdateProductType } from "../../../api/producer/products/validators"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { validateGroupUploadsStep } from "../../producer/steps/validate-group-uploads"
import { statusAfterProducerEdit } from "../producer-product-status"
import { findCraftCategoryStep } from "../steps/find-craft-category"
import { resolveGroupCatalogueContextStep } from "../steps/resolve-group-catalogue-context"
import { resolveProductHandleStep } from "../steps/resolve-product-handle"
import { type GroupProductType, retrieveGroupProductStep } from "../steps/retrieve-group-product"
import { updateHeritageProfileStep } from "../steps/update-heritage-profile"
import { updateProductImagesAndCategoriesStep } from "../steps/update-product-images-and-categories"
import {
  type UpdateVariantPricesStepInput,
  updateVariantPricesStep,
} from "../steps/update-variant-prices"
import { upsertKhmerTranslationsStep } from "../steps/upsert-khmer-translations"
import { validateProductMakersStep } from "../steps/validate-product-makers"
import { validateVariantUpdatesStep } from "../steps/validate-variant-updates"

export type UpdateProducerProductWorkflowInput = {
  /** The acting member's group; a product of any other group is not found. */
  group_id: string
  product_id: string
  update: ProducerUpdateProductType
}

/**
 * A variant's new price list: the producer's amounts replace those of the same currency, the
 * other prices (including the operator's rule-based ones) are kept as they are.
 */
function mergedPrices(
  current: GroupProductType["variants"][number],
  update: NonNullable<ProducerUpdateProductType["variants"]>[number]
): UpdateVariantPricesStepInput[number]["prices"] {
  const given = new Map<string, number>(
    (update.prices ?? []).map((price) => [price.currency_code, price.amount])
  )
  const kept = current.prices.map((price) => {
    const amount = price.rules_count ? undefined : given.get(price.currency_code)
    if (amount !== undefined) {
      given.delete(price.currency_code)
    }
    return {
      id: price.id,
      currency_code: price.currency_code,
      amount: amount === undefined ? price.amount : toMedusaAmount(amount, price.currency_code),
    }
  })
  const added = [...given.entries()].map(([currency_code, amount]) => ({
    currency_code,
    amount: toMedusaAmount(amount, currency_code),
  }))
  return [...kept, ...added]
}

/**
 * Edits one of a group's products: texts (English and Khmer), handle, images, heritage, credited
 * makers, and its variants' titles, prices and stock at the group's location. Edits of what buyers
 * read may send the product back to review (see statusAfterProducerEdit); prices and stock never do.
 */
export const updateProducerProductWorkflow = createWorkflow(
  "update-producer-product",
  (input: UpdateProducerProductWorkflowInput) => {
    const context = resolveGroupCatalogueContextStep({ group_id: input.group_id })
    const current = retrieveGroupProductStep({
      group_id: input.group_id,
      product_id: input.product_id,
      stock_location_id: context.stock_location_id,
    })

    const checks = transform({ input, current }, ({ input, current }) => ({
      maker_ids: input.update.maker_ids ?? [],
      urls: input.update.images ?? [],
      variant_ids: (input.update.variants ?? []).map((variant) => variant.id),
      product_variant_ids: current.variants.map((variant) => variant.id),
      credited_public_maker_ids: current.public_maker_ids,
    }))
    validateVariantUpdatesStep({
      variant_ids: checks.variant_ids,
      product_variant_ids: checks.product_variant_ids,
    })
    const publicMakerIds = validateProductMakersStep({
      group_id: input.group_id,
      maker_ids: checks.maker_ids,
      credited_public_maker_ids: checks.credited_public_maker_ids,
    })
    const { data: currentImages } = useQueryGraphStep({
      entity: "product",
      fields: ["images.url"],
      filters: { id: current.id },
    }).config({ name: "retrieve-group-product-images" })
    validateGroupUploadsStep(
      transform({ input, checks, currentImages }, ({ input, checks, currentImages }) => ({
        group_id: input.group_id,
        fields: { images: checks.urls },
        kept: (currentImages[0]?.images ?? []).map((image: { url: string } | null) => image?.url),
      }))
    )
    when("product-handle-given", { input }, ({ input }) => !!input.update.handle).then(() => {
      resolveProductHandleStep({ handle: input.update.handle, product_id: input.product_id })
    })
    const craftCategoryId = findCraftCategoryStep({ craft: input.update.heritage?.craft })

    const productUpdate = transform({ input, current, context }, ({ input, current, context }) => {
      const { update } = input
      const product: UpdateProductWorkflowInputDTO & { id: string } = {
        id: current.id,
        status: statusAfterProducerEdit(current.status, context.trusted, update),
      }
      for (const field of ["title", "description", "handle"] as const) {
        if (update[field] !== undefined) {
          product[field] = update[field]
        }
      }
      return { products: [product] }
    })
    updateProductsWorkflow.runAsStep({ input: productUpdate })

    const relationsUpdate = transform(
      { input, current, craftCategoryId },
      ({ input, current, craftCategoryId }) => {
        const newCraft = input.update.heritage?.craft
        return {
          id: current.id,
          images: input.update.images,
          // The product moves from its old craft's category to the new one's; others stay.
          category_ids:
            newCraft && newCraft !== current.craft
              ? [
                  ...current.categories
                    .filter((category) => category.handle !== current.craft)
                    .map((category) => category.id),
                  ...(craftCategoryId ? [craftCategoryId] : []),
                ]
              : undefined,
        }
      }
    )
    updateProductImagesAndCategoriesStep(relationsUpdate)

    const variantsUpdate = transform({ input }, ({ input }) => ({
      product_variants: (input.update.variants ?? []).flatMap((variant) =>
        variant.title !== undefined ? [{ id: variant.id, title: variant.title }] : []
      ),
    }))
    when(
      "variant-titles-given",
      { variantsUpdate },
      ({ variantsUpdate }) => variantsUpdate.product_variants.length > 0
    ).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: variantsUpdate })
    })
    updateVariantPricesStep(
      transform({ input, current }, ({ input, current }) =>
        (input.update.variants ?? []).flatMap((variant) => {
          const existing = current.variants.find((candidate) => candidate.id === variant.id)
          return variant.prices && existing
            ? [{ variant_id: variant.id, prices: mergedPrices(existing, variant) }]
            : []
        })
      )
    )

    const stockUpdate = transform({ input, current, context }, ({ input, current, context }) => {
      const changes = (input.update.variants ?? []).flatMap((variant) => {
        const existing = current.variants.find((candidate) => candidate.id === variant.id)
        return variant.stock !== undefined && existing?.inventory_item_id
          ? [{ existing, stocked_quantity: variant.stock }]
          : []
      })
      return {
        create: changes
          .filter((change) => !change.existing.level_id)
          .map((change) => ({
            inventory_item_id: change.existing.inventory_item_id as string,
            location_id: context.stock_location_id,
            stocked_quantity: change.stocked_quantity,
          })),
        update: changes
          .filter((change) => change.existing.level_id)
          .map((change) => ({
            id: change.existing.level_id as string,
            inventory_item_id: change.existing.inventory_item_id as string,
            location_id: context.stock_location_id,
            stocked_quantity: change.stocked_quantity,
          })),
      }
    })
    when(
      "variant-stock-given",
      { stockUpdate },
      ({ stockUpdate }) => stockUpdate.create.length + stockUpdate.update.length > 0
    ).then(() => {
      batchInventoryItemLevelsWorkflow.runAsStep({ input: stockUpdate })
    })

    const heritageUpdate = transform({ input, current }, ({ input, current }) => {
      const heritage = input.update.heritage
      if (!heritage || !current.heritage_profile_id) {
        return null
      }
      const { technique_km, cultural_significance_km, care_km, ...fields } = heritage
      return Object.values(fields).some((value) => value !== undefined)
        ? { id: current.heritage_profile_id, ...fields }
        : null
    })
    updateHeritageProfileStep(heritageUpdate)

    const makerLinks = transform(
      { input, current, publicMakerIds },
      ({ input, current, publicMakerIds }) => {
        const link = (publicMakerId: string): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id: current.id },
          [PRODUCER_MODULE]: { public_maker_id: publicMakerId },
        })
        if (input.update.maker_ids === undefined) {
          return { add: [], remove: [] }
        }
        const wanted = new Set(publicMakerIds)
        const linked = new Set(current.public_maker_ids)
        return {
          add: publicMakerIds.filter((id) => !linked.has(id)).map(link),
          remove: current.public_maker_ids.filter((id) => !wanted.has(id)).map(link),
        }
      }
    )
    dismissRemoteLinkStep(makerLinks.remove)
    createRemoteLinkStep(makerLinks.add)

    const khmerTexts = transform({ input, current }, ({ input, current }) => {
      const { update } = input
      return [
        {
          reference: "product",
          reference_id: current.id,
          translations: { title: update.title_km, description: update.description_km },
        },
        ...(current.heritage_profile_id
          ? [
              {
                reference: "heritage_profile",
                reference_id: current.heritage_profile_id,
                translations: {
                  technique: update.heritage?.technique_km,
                  cultural_significance: update.heritage?.cultural_significance_km,
                  care: update.heritage?.care_km,
                },
              },
            ]
          : []),
      ]
    })
    upsertKhmerTranslationsStep(khmerTexts)

    const updated = transform({ input, current }, ({ input, current }) => ({
      id: current.id,
      group_id: input.group_id,
    }))
    const productUpdated = createHook("producerProductUpdated", {
      product_id: updated.id,
      group_id: updated.group_id,
    })
    return new WorkflowResponse(updated, { hooks: [productUpdated] })
  }
)
