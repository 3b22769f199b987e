import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendCompanyWorkflow } from "../../../../../workflows/wholesale/workflows/suspend-company"
import { retrieveAdminCompany } from "../../retrieve-admin-company"
import type { AdminCompanyStatusReasonType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminCompanyStatusReasonType>, res: MedusaResponse) {
  await suspendCompanyWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id, req.queryConfig.fields) })
}
