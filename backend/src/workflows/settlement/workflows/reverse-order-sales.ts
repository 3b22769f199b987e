import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { getOrderSettlementStep } from "../steps/get-order-settlement"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { planGroupLinks } from "../utils/plan-group-links"
import { planReversalEntries } from "../utils/plan-reversal-entries"
import { planSaleEntries } from "../utils/plan-sale-entries"
import { SETTLEMENT_LOCK } from "../utils/settlement-lock"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type ReverseOrderSalesInputType = { order_id: string }

/**
 * Brings an order's reversals up to date after a cancellation or a return: gives back the
 * sale and commission of every canceled line, or of the units returned so far. Sales missing
 * from the ledger (an order.placed that never arrived) are recorded first, so the ledger always
 * tells the whole story. Idempotent.
 */
export const reverseOrderSalesWorkflow = createWorkflow(
  "reverse-order-sales",
  (input: ReverseOrderSalesInputType) => {
    const lockKey = transform({ input }, ({ input }) => SETTLEMENT_LOCK.order(input.order_id))
    acquireLockStep({ key: lockKey, timeout: SETTLEMENT_LOCK.timeout, ttl: SETTLEMENT_LOCK.ttl })

    const settlement = getOrderSettlementStep({ order_id: input.order_id })
    const plan = transform({ settlement }, ({ settlement }) => {
      const sales = planSaleEntries(settlement)
      const recordedKeys = new Set(settlement.entries.map((entry) => entry.idempotency_key))
      const missingSales = sales.filter((entry) => !recordedKeys.has(entry.idempotency_key))
      const reversals = planReversalEntries(settlement, [
        ...settlement.entries,
        ...missingSales.map((entry) => ({
          ...entry,
          line_item_id: entry.line_item_id ?? null,
          quantity: entry.quantity ?? null,
        })),
      ])
      return { entries: [...missingSales, ...reversals], links: planGroupLinks(settlement) }
    })
    const entries = recordLedgerEntriesStep(plan.entries)
    createRemoteLinkStep(plan.links)

    releaseLockStep({ key: lockKey })
    startStoreImpactVersionStep()
    return new WorkflowResponse({ entries })
  }
)
