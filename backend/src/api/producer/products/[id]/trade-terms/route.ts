import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { setTradeTermsWorkflow } from "../../../../../workflows/wholesale/workflows/set-trade-terms"
import { queryTradeTerms } from "../../../../utils/query-trade-terms"
import { producerScope } from "../../../scope"
import { retrieveGroupVariantIds } from "./retrieve-group-variant-ids"
import type { ProducerSetTradeTermsType } from "./validators"

async function productTradeTerms(container: MedusaContainer, groupId: string, productId: string) {
  const variantIds = await retrieveGroupVariantIds(container, groupId, productId)
  return { product_id: productId, trade_terms: await queryTradeTerms(container, variantIds) }
}

/** The trade terms and trade prices of the product's variants that have them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  res.json(await productTradeTerms(req.scope, groupId, req.params.id))
}

/** Sets the trade price, minimum and case pack of some of the product's variants. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetTradeTermsType>, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  await setTradeTermsWorkflow(req.scope).run({
    input: { ...req.validatedBody, group_id: groupId, product_id: req.params.id },
  })
  res.json(await productTradeTerms(req.scope, groupId, req.params.id))
}
