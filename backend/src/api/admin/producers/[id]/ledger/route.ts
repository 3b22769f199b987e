import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryLedger } from "../../../../producer/ledger/query-ledger"
import { findProducerGroupOrThrow } from "../payouts/find-producer-group-or-throw"

/** A group's ledger as the operator sees it: the same entries and balances the group sees. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await findProducerGroupOrThrow(req.scope, req.params.id)
  res.json(await queryLedger(req.scope, req.params.id, req.queryConfig))
}
