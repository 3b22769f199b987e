import { applyRateBps } from "@sipakam/shared"
import { ledgerEntryKey } from "../../../modules/settlement/ledger-entry-key"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import type { OrderSettlementType } from "../steps/get-order-settlement"
import type { LedgerEntryInputType } from "../steps/record-ledger-entries"

/** 1500 basis points read as "15%", 1250 as "12.5%". */
const formatRateBps = (rateBps: number) => `${rateBps / 100}%`

/**
 * A `sale` (+ the line's amount) and a `commission` (− the group's rate of it, rounded half up)
 * for every line of a group's product, keyed by line, so planning the same order twice plans the
 * same keys. Lines of products no group owns are the platform's own and stay off the ledger.
 */
export function planSaleEntries(settlement: OrderSettlementType): LedgerEntryInputType[] {
  return settlement.lines.flatMap((line) => {
    if (!line.producer_group_id || line.commission_rate_bps === null) {
      return []
    }
    const common = {
      producer_group_id: line.producer_group_id,
      currency_code: settlement.currency_code,
      order_id: settlement.order_id,
      line_item_id: line.id,
      quantity: line.quantity,
    }
    const sold = `${line.quantity} × ${line.title}`
    return [
      {
        ...common,
        type: LedgerEntryType.SALE,
        amount: line.sale_amount,
        idempotency_key: ledgerEntryKey.sale(line.id),
        description: sold,
      },
      {
        ...common,
        type: LedgerEntryType.COMMISSION,
        amount: -applyRateBps(line.sale_amount, line.commission_rate_bps),
        rate_bps: line.commission_rate_bps,
        idempotency_key: ledgerEntryKey.commission(line.id),
        description: `Commission ${formatRateBps(line.commission_rate_bps)} on ${sold}`,
      },
    ]
  })
}
