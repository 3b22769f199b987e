import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { rejectProductReviewWorkflow } from "../../../../../workflows/catalogue/workflows/reject-product-review"
import type { AdminRejectProductReviewType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectProductReviewType>,
  res: MedusaResponse
) => {
  const { result } = await rejectProductReviewWorkflow(req.scope).run({
    input: { product_id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ product: { id: result.id, status: ProductStatus.REJECTED } })
}
