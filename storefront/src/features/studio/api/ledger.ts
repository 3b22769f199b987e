import { queryOptions, useQuery } from "@tanstack/react-query"
import { producerGet } from "@/features/studio/api/producer-client"

export type LedgerEntryKindType = "sale" | "commission" | "sale_reversal" | "commission_reversal" | "payout"

/** One movement of money owed to the group, integer minor units (backend/src/modules/settlement). */
export type StudioLedgerEntryType = {
  id: string
  type: LedgerEntryKindType
  amount: number
  currency_code: string
  order_id: string | null
  line_item_id: string | null
  payout_id: string | null
  quantity: number | null
  rate_bps: number | null
  description: string | null
  created_at: string
}

/** What the platform owes the group in a currency: the sum of all its entries. */
export type StudioBalanceType = { currency_code: string; balance: number }

export type StudioLedgerType = {
  entries: StudioLedgerEntryType[]
  count: number
  limit: number
  offset: number
  balances: StudioBalanceType[]
}

export const STUDIO_LEDGER_QUERY_KEY = ["studio", "ledger"] as const

export const ledgerQueryOptions = (page: { limit?: number; offset?: number } = {}) =>
  queryOptions({
    queryKey: [...STUDIO_LEDGER_QUERY_KEY, page],
    queryFn: () =>
      producerGet<StudioLedgerType>("/producer/ledger", { limit: page.limit ?? 100, offset: page.offset }),
  })

export function useStudioLedger(page: { limit?: number; offset?: number } = {}) {
  return useQuery(ledgerQueryOptions(page))
}
