import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyForWholesaleWorkflow } from "../../../../workflows/wholesale/workflows/apply-for-wholesale"
import { retrieveBuyerCompany } from "../company/retrieve-buyer-company"
import { wholesaleCustomerId } from "../scope"
import type { StoreApplyForWholesaleType } from "./validators"

/** The logged-in customer applies for a trade account and becomes the company's admin buyer. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreApplyForWholesaleType>,
  res: MedusaResponse
) {
  const { result } = await applyForWholesaleWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: wholesaleCustomerId(req) },
  })
  res.status(200).json(
    await retrieveBuyerCompany(
      req.scope,
      { companyId: result.company.id, buyerId: result.buyer.id, role: result.buyer.role },
      req.queryConfig.fields
    )
  )
}
