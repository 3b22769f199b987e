import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryTradeTerms } from "../../../utils/query-trade-terms"
import type { StoreGetTradeTermsType } from "./validators"

/** The trade terms (minimum, case pack, trade price) of the variants asked for that have them. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetTradeTermsType>, res: MedusaResponse) {
  const { variant_ids } = req.validatedQuery as StoreGetTradeTermsType
  res.json({ trade_terms: await queryTradeTerms(req.scope, [...new Set(variant_ids)]) })
}
