import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query"
import {
  STUDIO_LEDGER_QUERY_KEY,
  type StudioBalanceType,
  type StudioLedgerEntryType,
  type StudioLedgerType,
} from "@/features/studio/api/ledger"
import { orderQueryOptions, ordersQueryOptions } from "@/features/studio/api/orders"
import { producerGet } from "@/features/studio/api/producer-client"
import { reachesMonthStart, type MonthKeyType } from "@/features/studio/earnings/ledger-months"

/** The ledger's largest page (backend/src/api/producer/ledger/validators.ts). */
const LEDGER_PAGE_MAX = 100

export type LedgerSinceType = { entries: StudioLedgerEntryType[]; balances: StudioBalanceType[] }

/**
 * Every entry from now back to a month's start, newest first, with today's balances: what a
 * month's statement is computed from. Pages of 100 are read until one reaches past the start.
 */
export const ledgerSinceMonthQueryOptions = (month: MonthKeyType) =>
  queryOptions({
    queryKey: [...STUDIO_LEDGER_QUERY_KEY, "since", month],
    queryFn: async (): Promise<LedgerSinceType> => {
      const entries: StudioLedgerEntryType[] = []
      let balances: StudioBalanceType[] = []
      for (let offset = 0; ; offset += LEDGER_PAGE_MAX) {
        const page = await producerGet<StudioLedgerType>("/producer/ledger", { limit: LEDGER_PAGE_MAX, offset })
        if (offset === 0) balances = page.balances
        entries.push(...page.entries)
        const whole = !page.entries.length || entries.length >= page.count
        if (reachesMonthStart(month, entries, whole)) break
      }
      return { entries, balances }
    },
  })

export function useLedgerSinceMonth(month: MonthKeyType) {
  return useQuery(ledgerSinceMonthQueryOptions(month))
}

/**
 * The order number (display id) of each order a ledger names. The ledger has only the order's
 * id: the newest 100 orders (the list Today also reads) answer most, the rest are read one by one.
 */
export async function resolveOrderNumbers(
  client: QueryClient,
  orderIds: readonly string[]
): Promise<Record<string, number>> {
  const wanted = new Set(orderIds)
  // A plain object, not a Map: kept queries are stored on the phone as JSON.
  const numbers: Record<string, number> = {}
  if (!wanted.size) return numbers
  const recent = await client.fetchQuery(ordersQueryOptions({ limit: 100 }))
  for (const order of recent.orders) {
    if (wanted.has(order.id)) numbers[order.id] = order.display_id
  }
  const missing = [...wanted].filter((id) => numbers[id] === undefined)
  const found = await Promise.allSettled(missing.map((id) => client.fetchQuery(orderQueryOptions(id))))
  for (const result of found) {
    if (result.status === "fulfilled") numbers[result.value.id] = result.value.display_id
  }
  return numbers
}

export const orderNumbersQueryOptions = (client: QueryClient, orderIds: readonly string[]) => {
  const ids = [...new Set(orderIds)].sort()
  return queryOptions({
    queryKey: ["studio", "orders", "numbers", ids],
    queryFn: () => resolveOrderNumbers(client, ids),
    // An order's number never changes.
    staleTime: Infinity,
  })
}
