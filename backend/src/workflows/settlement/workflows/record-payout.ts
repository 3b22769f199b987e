import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { AdminCreatePayoutType } from "../../../api/admin/producers/[id]/payouts/validators"
import { ledgerEntryKey } from "../../../modules/settlement/ledger-entry-key"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import { createPayoutStep } from "../steps/create-payout"
import { recordLedgerEntriesStep } from "../steps/record-ledger-entries"
import { validatePayoutStep } from "../steps/validate-payout"
import { SETTLEMENT_LOCK } from "../utils/settlement-lock"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

/** What the operator's request validated, for one group. */
export type RecordPayoutInputType = AdminCreatePayoutType & {
  producer_group_id: string
  /** The operator (admin user id) who recorded it. */
  recorded_by?: string | null
}

/**
 * Records money the operator paid a group: the payout and a `payout` ledger entry of minus its
 * amount, together or not at all.
 */
export const recordPayoutWorkflow = createWorkflow(
  "record-payout",
  (input: RecordPayoutInputType) => {
    const lockKey = transform({ input }, ({ input }) =>
      SETTLEMENT_LOCK.payouts(input.producer_group_id)
    )
    acquireLockStep({ key: lockKey, timeout: SETTLEMENT_LOCK.timeout, ttl: SETTLEMENT_LOCK.ttl })

    const payoutInput = transform({ input }, ({ input }) => ({
      producer_group_id: input.producer_group_id,
      amount: input.amount,
      currency_code: input.currency_code.toLowerCase(),
      method: input.method,
      reference: input.reference ?? null,
      note: input.note ?? null,
      paid_at: input.paid_at ? new Date(input.paid_at) : new Date(),
      recorded_by: input.recorded_by ?? null,
    }))
    validatePayoutStep(payoutInput)
    const payout = createPayoutStep(payoutInput)
    const entries = transform({ payout }, ({ payout }) => [
      {
        producer_group_id: payout.producer_group_id,
        type: LedgerEntryType.PAYOUT,
        amount: -payout.amount,
        currency_code: payout.currency_code,
        payout_id: payout.id,
        idempotency_key: ledgerEntryKey.payout(payout.id),
        description: payout.reference
          ? `Payout by ${payout.method} (${payout.reference})`
          : `Payout by ${payout.method}`,
      },
    ])
    recordLedgerEntriesStep(entries)

    releaseLockStep({ key: lockKey })
    startStoreImpactVersionStep()
    return new WorkflowResponse(payout)
  }
)
