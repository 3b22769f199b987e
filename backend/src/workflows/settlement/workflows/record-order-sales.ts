import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { getOrderSettlementStep } from "../steps/get-order-settlement"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { planGroupLinks } from "../utils/plan-group-links"
import { planSaleEntries } from "../utils/plan-sale-entries"
import { SETTLEMENT_LOCK } from "../utils/settlement-lock"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type RecordOrderSalesInputType = { order_id: string }

/**
 * Records what each group sold in an order: links the order to every group with a line in it
 * and writes a sale and a commission entry per line. Idempotent: running it again for the same
 * order writes nothing.
 */
export const recordOrderSalesWorkflow = createWorkflow(
  "record-order-sales",
  (input: RecordOrderSalesInputType) => {
    const lockKey = transform({ input }, ({ input }) => SETTLEMENT_LOCK.order(input.order_id))
    acquireLockStep({ key: lockKey, timeout: SETTLEMENT_LOCK.timeout, ttl: SETTLEMENT_LOCK.ttl })

    const settlement = getOrderSettlementStep({ order_id: input.order_id })
    const plan = transform({ settlement }, ({ settlement }) => ({
      entries: planSaleEntries(settlement),
      links: planGroupLinks(settlement),
    }))
    const entries = recordLedgerEntriesStep(plan.entries)
    createRemoteLinkStep(plan.links)

    releaseLockStep({ key: lockKey })
    startStoreImpactVersionStep()
    return new WorkflowResponse({ entries })
  }
)
