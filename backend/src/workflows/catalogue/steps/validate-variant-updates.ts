import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Variant edits must name variants of the product being edited. */
export const validateVariantUpdatesStep = createStep(
  "validate-variant-updates",
  async (input: { variant_ids: string[]; product_variant_ids: string[] }) => {
    const own = new Set(input.product_variant_ids)
    const unknown = input.variant_ids.filter((id) => !own.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variants not found on this product: ${unknown.join(", ")}`
      )
    }
  }
)
