import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type UpdateProductImagesAndCategoriesStepInput = {
  id: string
  /** Image urls in order; the first is the thumbnail. */
  images?: string[]
  category_ids?: string[]
}

type PreviousType = {
  id: string
  images?: { url: string }[]
  thumbnail?: string | null
  category_ids?: string[]
}

/**
 * Replaces a product's images (and thumbnail) and categories. Medusa's updateProductsWorkflow
 * restores only a product's own columns when compensated, so these relations are written here,
 * where compensation puts the previous ones back.
 */
export const updateProductImagesAndCategoriesStep = createStep(
  "update-product-images-and-categories",
  async (input: UpdateProductImagesAndCategoriesStepInput, { container }) => {
    if (!input.images && !input.category_ids) {
      return new StepResponse(undefined, null as PreviousType | null)
    }
    const products = container.resolve(Modules.PRODUCT)
    const current = await products.retrieveProduct(input.id, {
      select: ["id", "thumbnail"],
      relations: ["images", "categories"],
    })
    const previous: PreviousType = { id: input.id }
    const update: PreviousType = { id: input.id }
    if (input.images) {
      previous.images = [...(current.images ?? [])]
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((image) => ({ url: image.url }))
      previous.thumbnail = current.thumbnail ?? null
      update.images = input.images.map((url) => ({ url }))
      update.thumbnail = input.images[0] ?? null
    }
    if (input.category_ids) {
      previous.category_ids = (current.categories ?? []).map((category) => category.id)
      update.category_ids = input.category_ids
    }
    await products.upsertProducts([update])
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.PRODUCT).upsertProducts([previous])
  }
)
