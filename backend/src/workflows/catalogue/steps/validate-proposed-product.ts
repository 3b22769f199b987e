import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Only products waiting for review can be approved or rejected; others are not in the queue. */
export const validateProposedProductStep = createStep(
  "validate-proposed-product",
  async (input: { product_id: string }, { container }) => {
    const [product] = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: input.product_id, status: ProductStatus.PROPOSED }, { select: ["id"] })
    if (!product) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No product ${input.product_id} is waiting for review`
      )
    }
  }
)
