import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCompanyWorkflow } from "../../../../../workflows/wholesale/workflows/approve-company"
import { retrieveAdminCompany } from "../../retrieve-admin-company"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await approveCompanyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id, req.queryConfig.fields) })
}
