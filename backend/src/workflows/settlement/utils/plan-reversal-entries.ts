import { prorateMinorUnits } from "@sipakam/shared"
import { ledgerEntryKey } from "../../../modules/settlement/ledger-entry-key"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import type { OrderSettlementType, RecordedLedgerEntryType } from "../steps/get-order-settlement"
import type { LedgerEntryInputType } from "../steps/record-ledger-entries"

const sumOf = (entries: { amount: number }[]) =>
  entries.reduce((sum, entry) => sum + entry.amount, 0)

/**
 * Gives back the part of each line's sale and commission that is no longer earned: all of it
 * when the order is canceled, else the share of the units returned so far. Shares are
 * cumulative and integer-exact: reversing q of Q units takes back round_half_up(S × q / Q) of
 * the sale S in total, minus what earlier reversals already took back (same for the
 * commission), so when every unit is back the line nets to exactly zero. The key names the
 * quantity reached, so the same state planned twice writes once.
 *
 * `recorded` holds the line's sale and commission entries (already written or planned now);
 * a line without a sale entry was never the group's and has nothing to reverse.
 */
export function planReversalEntries(
  settlement: OrderSettlementType,
  recorded: Pick<
    RecordedLedgerEntryType,
    "type" | "line_item_id" | "amount" | "quantity" | "producer_group_id"
  >[]
): LedgerEntryInputType[] {
  return settlement.lines.flatMap((line) => {
    const ofLine = recorded.filter((entry) => entry.line_item_id === line.id)
    const sale = ofLine.find((entry) => entry.type === LedgerEntryType.SALE)
    if (!sale) {
      return []
    }
    const soldUnits = sale.quantity ?? line.quantity
    const reversedUnits = settlement.canceled
      ? soldUnits
      : Math.min(line.returned_quantity, soldUnits)
    if (reversedUnits === 0) {
      return []
    }
    const ofType = (type: string) => ofLine.filter((entry) => entry.type === type)
    const commission = -sumOf(ofType(LedgerEntryType.COMMISSION))
    const saleOwed = prorateMinorUnits(sale.amount, reversedUnits, soldUnits)
    const commissionOwed = prorateMinorUnits(commission, reversedUnits, soldUnits)
    const saleDelta = saleOwed + sumOf(ofType(LedgerEntryType.SALE_REVERSAL))
    const commissionDelta = commissionOwed - sumOf(ofType(LedgerEntryType.COMMISSION_REVERSAL))

    const common = {
      producer_group_id: sale.producer_group_id,
      currency_code: settlement.currency_code,
      order_id: settlement.order_id,
      line_item_id: line.id,
      quantity: reversedUnits,
    }
    const why = settlement.canceled ? "Order canceled" : "Returned"
    const entries: LedgerEntryInputType[] = []
    if (saleDelta !== 0) {
      entries.push({
        ...common,
        type: LedgerEntryType.SALE_REVERSAL,
        amount: -saleDelta,
        idempotency_key: ledgerEntryKey.saleReversal(line.id, reversedUnits),
        description: `${why}: ${reversedUnits} of ${soldUnits} × ${line.title}`,
      })
    }
    if (commissionDelta !== 0) {
      entries.push({
        ...common,
        type: LedgerEntryType.COMMISSION_REVERSAL,
        amount: commissionDelta,
        idempotency_key: ledgerEntryKey.commissionReversal(line.id, reversedUnits),
        description: `Commission given back: ${reversedUnits} of ${soldUnits} × ${line.title}`,
      })
    }
    return entries
  })
}
