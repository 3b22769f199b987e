import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOutletWorkflow } from "../../../../../workflows/wholesale/workflows/update-outlet"
import { wholesaleScope } from "../../scope"
import { retrieveCompanyOutlet } from "../retrieve-company-outlet"
import type { StoreUpdateOutletType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const outlet = await retrieveCompanyOutlet(
    req.scope,
    wholesaleScope(req).companyId,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ outlet })
}

/** Changes an outlet of the caller's company. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateOutletType>, res: MedusaResponse) {
  const { companyId } = wholesaleScope(req)
  await updateOutletWorkflow(req.scope).run({
    input: { company_id: companyId, id: req.params.id, changes: req.validatedBody },
  })
  res.json({
    outlet: await retrieveCompanyOutlet(req.scope, companyId, req.params.id, req.queryConfig.fields),
  })
}
