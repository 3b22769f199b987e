import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wholesaleScope } from "../scope"
import { retrieveBuyerCompany } from "./retrieve-buyer-company"

/** The caller's company: details, status (and why, when rejected or suspended), terms, outlets. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await retrieveBuyerCompany(req.scope, wholesaleScope(req), req.queryConfig.fields))
}
