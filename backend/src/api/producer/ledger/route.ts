import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerScope } from "../scope"
import { queryLedger } from "./query-ledger"

/** The group's own ledger: entries newest first and what the platform owes it per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { groupId } = producerScope(req)
  res.json(await queryLedger(req.scope, groupId, req.queryConfig))
}
