import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { approveProductReviewWorkflow } from "../../../../../workflows/catalogue/workflows/approve-product-review"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await approveProductReviewWorkflow(req.scope).run({
    input: { product_id: req.params.id },
  })
  res.json({ product: { id: result.id, status: ProductStatus.PUBLISHED } })
}
