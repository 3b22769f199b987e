import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** SKUs are unique across the store, on variants and on the inventory items named after them. */
export const validateUniqueVariantSkusStep = createStep(
  "validate-unique-variant-skus",
  async (input: { skus: string[] }, { container }) => {
    if (!input.skus.length) {
      return
    }
    const [variants, items] = await Promise.all([
      container
        .resolve(Modules.PRODUCT)
        .listProductVariants({ sku: input.skus }, { select: ["sku"] }),
      container
        .resolve(Modules.INVENTORY)
        .listInventoryItems({ sku: input.skus }, { select: ["sku"] }),
    ])
    const taken = [...new Set([...variants, ...items].map((record) => record.sku))]
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `SKUs already in use: ${taken.join(", ")}`
      )
    }
  }
)
