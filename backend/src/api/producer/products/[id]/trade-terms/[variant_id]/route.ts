import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeTradeTermsWorkflow } from "../../../../../../workflows/wholesale/workflows/remove-trade-terms"
import { producerScope } from "../../../../scope"

/** The variant is no longer sold at trade terms: its terms and trade price are removed. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  await removeTradeTermsWorkflow(req.scope).run({
    input: { group_id: groupId, product_id: req.params.id, variant_ids: [req.params.variant_id] },
  })
  res.json({ id: req.params.variant_id, object: "trade_terms", deleted: true })
}
