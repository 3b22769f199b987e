import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import type SettlementModuleService from "../../../modules/settlement/service"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import { summarizeArtisans } from "./summarize-artisans"

/** Ledger entry types whose sum is the value of goods sold: sales net of their (negative) reversals. */
const SALES_ENTRY_TYPES = [LedgerEntryType.SALE, LedgerEntryType.SALE_REVERSAL]

type MoneyTotalType = { currency_code: string; amount: number }

function totalsByCurrency(rows: { currency_code: string; amount: number }[]): MoneyTotalType[] {
  const totals = new Map<string, number>()
  for (const row of rows) {
    totals.set(row.currency_code, (totals.get(row.currency_code) ?? 0) + Number(row.amount))
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, amount]) => ({ currency_code, amount }))
}

/**
 * The platform's impact: who it reaches (artisans of active groups, as totals only) and where
 * the money went (sales and payouts to date, per currency, in integer minor units).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const settlement: SettlementModuleService = req.scope.resolve(SETTLEMENT_MODULE)

  const groups = await producers.listProducerGroups(
    { status: ProducerGroupStatus.ACTIVE },
    { select: ["id", "province"] }
  )
  const artisans = groups.length
    ? await producers.listMakers(
        { group_id: groups.map((group) => group.id), retired_at: null },
        { select: ["id", "gender", "people"] }
      )
    : []
  const [sales, payouts] = await Promise.all([
    settlement.listLedgerEntries(
      { type: SALES_ENTRY_TYPES },
      { select: ["currency_code", "amount"] }
    ),
    settlement.listPayouts({}, { select: ["currency_code", "amount"] }),
  ])

  res.json({
    impact: {
      producer_groups: groups.length,
      provinces: new Set(groups.map((group) => group.province)).size,
      ...summarizeArtisans(artisans),
      sales_to_date: totalsByCurrency(sales),
      paid_to_producers: totalsByCurrency(payouts),
    },
  })
}
