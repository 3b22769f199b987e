import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { ensureTradeBuyersGroupStep } from "../steps/ensure-trade-buyers-group"
import { planTradeBuyersChangeStep } from "../steps/plan-trade-buyers-change"

export type SyncTradeBuyersWorkflowInput = {
  customer_ids: string[]
  /** True: the customers are trade buyers (their company is approved); false: no longer. */
  trade: boolean
}

/** Puts customers in the trade buyers customer group, or takes them out, through Medusa's step. */
export const syncTradeBuyersWorkflow = createWorkflow(
  "sync-trade-buyers",
  (input: SyncTradeBuyersWorkflowInput) => {
    const group = ensureTradeBuyersGroupStep()
    const change = planTradeBuyersChangeStep(
      transform({ input, group }, ({ input, group }) => ({
        group_id: group.id,
        customer_ids: input.customer_ids,
        trade: input.trade,
      }))
    )
    linkCustomersToCustomerGroupStep(change)
    return new WorkflowResponse(group)
  }
)
