import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { REVIEW_REJECTION_REASON_KEY } from "../constants"
import { validateProposedProductStep } from "../steps/validate-proposed-product"

/** The operator approves a proposed listing: it is published (and clears any earlier rejection). */
export const approveProductReviewWorkflow = createWorkflow(
  "approve-product-review",
  (input: { product_id: string }) => {
    validateProposedProductStep({ product_id: input.product_id })
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [
          {
            id: input.product_id,
            status: ProductStatus.PUBLISHED,
            // An empty string removes the key from the product's metadata.
            metadata: { [REVIEW_REJECTION_REASON_KEY]: "" },
          },
        ],
      })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
