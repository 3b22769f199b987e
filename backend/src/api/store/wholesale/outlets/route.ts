import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOutletWorkflow } from "../../../../workflows/wholesale/workflows/create-outlet"
import { wholesaleScope } from "../scope"
import { retrieveCompanyOutlet } from "./retrieve-company-outlet"
import type { StoreCreateOutletType } from "./validators"

/** Adds an outlet (an address) to the caller's company. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateOutletType>, res: MedusaResponse) {
  const { companyId } = wholesaleScope(req)
  const { result } = await createOutletWorkflow(req.scope).run({
    input: { company_id: companyId, outlet: req.validatedBody },
  })
  res.status(200).json({
    outlet: await retrieveCompanyOutlet(req.scope, companyId, result.id, req.queryConfig.fields),
  })
}
