import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { REVIEW_REJECTION_REASON_KEY } from "../constants"
import { validateProposedProductStep } from "../steps/validate-proposed-product"

/**
 * The operator rejects a proposed listing with a reason the group reads in its product
 * (`metadata.review_rejection_reason`); editing the listing resubmits it.
 */
export const rejectProductReviewWorkflow = createWorkflow(
  "reject-product-review",
  (input: { product_id: string; reason: string }) => {
    validateProposedProductStep({ product_id: input.product_id })
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [
          {
            id: input.product_id,
            status: ProductStatus.REJECTED,
            metadata: { [REVIEW_REJECTION_REASON_KEY]: input.reason },
          },
        ],
      })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
