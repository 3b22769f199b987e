import { PriceListStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"
import { ensureTradeBuyersGroupStep } from "../steps/ensure-trade-buyers-group"
import { findTradePriceListStep } from "../steps/find-trade-price-list"

/**
 * The trade price list, created with Medusa's workflow (which deletes it again on compensation)
 * the first time a trade price is set: its one rule is the trade buyers customer group. Run it
 * under TRADE_PRICE_LIST.lock, so that two producers' first trade prices make one list.
 */
export const ensureTradePriceListWorkflow = createWorkflow("ensure-trade-price-list", () => {
  const existing = findTradePriceListStep()
  const created = when("trade-price-list-missing", { existing }, ({ existing }) => !existing.id).then(() => {
    const group = ensureTradeBuyersGroupStep()
    return createPriceListsWorkflow.runAsStep({
      input: transform({ group }, ({ group }) => ({
        price_lists_data: [
          {
            title: TRADE_PRICE_LIST.title,
            description: TRADE_PRICE_LIST.description,
            type: TRADE_PRICE_LIST.type,
            status: PriceListStatus.ACTIVE,
            rules: { "customer.groups.id": [group.id] },
            prices: [],
          },
        ],
      })),
    })
  })
  const list = transform({ existing, created }, ({ existing, created }) => ({
    id: (existing.id ?? created?.[0]?.id) as string,
  }))
  return new WorkflowResponse(list)
})
