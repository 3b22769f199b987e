import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCompanyTermsWorkflow } from "../../../../workflows/wholesale/workflows/update-company-terms"
import { retrieveAdminCompany } from "../retrieve-admin-company"
import type { AdminUpdateCompanyType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Sets the company's payment terms, credit limit and its currency. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) {
  await updateCompanyTermsWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ company: await retrieveAdminCompany(req.scope, req.params.id, req.queryConfig.fields) })
}
