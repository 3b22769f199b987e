import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyInviteWorkflow } from "../../../../workflows/wholesale/workflows/create-company-invite"
import { wholesaleScope } from "../scope"
import type { StoreInviteCompanyBuyerType } from "./validators"

/** The buyers of the caller's company. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: buyers, metadata } = await query.graph({
    entity: "company_buyer",
    fields: req.queryConfig.fields,
    filters: { company_id: wholesaleScope(req).companyId },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    buyers,
    count: metadata?.count ?? buyers.length,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
  })
}

/**
 * Invites a colleague to buy for the caller's company. The answer carries the token, which the
 * admin sends to the invitee; it is not kept, so it cannot be read again.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreInviteCompanyBuyerType>,
  res: MedusaResponse
) {
  const { result: invite } = await createCompanyInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: wholesaleScope(req).companyId },
  })
  res.status(200).json({ invite })
}
