import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCompanyInviteWorkflow } from "../../../../../workflows/wholesale/workflows/accept-company-invite"
import { retrieveBuyerCompany } from "../../company/retrieve-buyer-company"
import { wholesaleCustomerId } from "../../scope"
import type { StoreAcceptCompanyInviteType } from "../validators"

/** The logged-in customer accepts an invitation sent to their email and joins its company. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreAcceptCompanyInviteType>,
  res: MedusaResponse
) {
  const { result: buyer } = await acceptCompanyInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, customer_id: wholesaleCustomerId(req) },
  })
  res.status(200).json(
    await retrieveBuyerCompany(
      req.scope,
      { companyId: buyer.company_id, buyerId: buyer.id, role: buyer.role },
      req.queryConfig.fields
    )
  )
}
