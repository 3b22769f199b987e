import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type { LedgerEntryTypeValue } from "../../../modules/settlement/ledger-entry-type"
import type SettlementModuleService from "../../../modules/settlement/service"

export type LedgerEntryInputType = {
  producer_group_id: string
  type: LedgerEntryTypeValue
  amount: number
  currency_code: string
  order_id?: string | null
  line_item_id?: string | null
  payout_id?: string | null
  quantity?: number | null
  rate_bps?: number | null
  idempotency_key: string
  description?: string | null
}

/**
 * Writes the entries whose idempotency key is not taken yet and skips the others, so recording
 * the same facts again writes nothing. Compensation deletes exactly what this run wrote.
 */
export const recordLedgerEntriesStep = createStep(
  "record-ledger-entries",
  async (entries: LedgerEntryInputType[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const taken = await settlement.listLedgerEntries(
      { idempotency_key: entries.map((entry) => entry.idempotency_key) },
      { select: ["idempotency_key"] }
    )
    const takenKeys = new Set(taken.map((entry) => entry.idempotency_key))
    const missing = entries.filter((entry) => !takenKeys.has(entry.idempotency_key))
    if (!missing.length) {
      return new StepResponse([], [])
    }
    const created = await settlement.createLedgerEntries(missing)
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    await settlement.deleteLedgerEntries(createdIds)
  }
)
