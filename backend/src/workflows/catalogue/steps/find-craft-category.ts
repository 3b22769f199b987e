import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The store's category for a craft (its handle is the craft's vocabulary code), if there is one. */
export const findCraftCategoryStep = createStep(
  "find-craft-category",
  async (input: { craft?: string }, { container }) => {
    if (!input.craft) {
      return new StepResponse(null as string | null)
    }
    const [category] = await container
      .resolve(Modules.PRODUCT)
      .listProductCategories({ handle: input.craft }, { select: ["id"] })
    return new StepResponse(category?.id ?? null)
  }
)
