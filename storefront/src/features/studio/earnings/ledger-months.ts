import type { LedgerEntryKindType, StudioBalanceType, StudioLedgerEntryType } from "@/features/studio/api/ledger"

/**
 * Months are Cambodia's (Indochina Time, UTC+7 all year, no daylight saving): a sale at 23:30
 * in Siem Reap on 31 January is January's, wherever the phone's clock is set.
 */
export const CAMBODIA_TIME_ZONE = "Asia/Phnom_Penh"
const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000

/** A month as "2026-01". */
export type MonthKeyType = string

export function isMonthKey(value: string | undefined): value is MonthKeyType {
  return Boolean(value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value))
}

/** The Cambodian month an instant falls in. */
export function monthKeyOf(instant: string | Date): MonthKeyType {
  return new Date(new Date(instant).getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(0, 7)
}

/** The month's first instant and the next month's first instant (end excluded). */
export function monthBounds(month: MonthKeyType): { start: Date; end: Date } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number]
  return {
    start: new Date(Date.UTC(year, monthNumber - 1, 1) - CAMBODIA_OFFSET_MS),
    end: new Date(Date.UTC(year, monthNumber, 1) - CAMBODIA_OFFSET_MS),
  }
}

/** The month's first day at noon, for formatting its name in any time zone. */
export function monthMiddayOf(month: MonthKeyType): Date {
  return new Date(monthBounds(month).start.getTime() + 12 * 60 * 60 * 1000)
}

export type CurrencyAmountType = { currency_code: string; amount: number }

/** Sums amounts per currency, in the order the currencies first appear. */
export function sumByCurrency(entries: readonly { currency_code: string; amount: number }[]): CurrencyAmountType[] {
  const sums = new Map<string, number>()
  for (const entry of entries) {
    sums.set(entry.currency_code, (sums.get(entry.currency_code) ?? 0) + entry.amount)
  }
  return [...sums].map(([currency_code, amount]) => ({ currency_code, amount }))
}

export type LedgerMonthType = {
  month: MonthKeyType
  /** As given (the ledger answers newest first). */
  entries: StudioLedgerEntryType[]
  /** The month's movement per currency. */
  totals: CurrencyAmountType[]
}

/** Entries grouped by Cambodian month, keeping their order; months in the order first seen. */
export function groupByMonth(entries: readonly StudioLedgerEntryType[]): LedgerMonthType[] {
  const months = new Map<MonthKeyType, StudioLedgerEntryType[]>()
  for (const entry of entries) {
    const month = monthKeyOf(entry.created_at)
    const list = months.get(month)
    if (list) list.push(entry)
    else months.set(month, [entry])
  }
  return [...months].map(([month, list]) => ({ month, entries: list, totals: sumByCurrency(list) }))
}

/** The kinds a statement totals separately: a reversal gives back part of a sale or its commission. */
export type StatementLineKindType = "sales" | "commission" | "reversals" | "payouts"

const KIND_OF_TYPE: Record<LedgerEntryKindType, StatementLineKindType> = {
  sale: "sales",
  commission: "commission",
  sale_reversal: "reversals",
  commission_reversal: "reversals",
  payout: "payouts",
}

export type StatementCurrencyType = {
  currency_code: string
  /** What the platform owed the group when the month began. */
  opening: number
  /** What it owed when the month ended (or now, for the month under way). */
  closing: number
} & Record<StatementLineKindType, number>

export type MonthStatementType = {
  month: MonthKeyType
  /** The month's entries, oldest first, as a statement reads. */
  entries: StudioLedgerEntryType[]
  currencies: StatementCurrencyType[]
}

/**
 * A month's statement from today's balances and every entry from now back to the month's
 * start (newest first, as the ledger answers): the closing balance is today's minus what came
 * after the month, the opening balance the closing one minus the month's movement.
 */
export function monthStatement(
  month: MonthKeyType,
  entriesSinceMonthStart: readonly StudioLedgerEntryType[],
  balances: readonly StudioBalanceType[]
): MonthStatementType {
  const { start, end } = monthBounds(month)
  const at = (entry: StudioLedgerEntryType) => new Date(entry.created_at).getTime()
  const inMonth = entriesSinceMonthStart.filter((entry) => at(entry) >= start.getTime() && at(entry) < end.getTime())
  const after = entriesSinceMonthStart.filter((entry) => at(entry) >= end.getTime())
  const currencyCodes = [
    ...new Set([...balances.map((balance) => balance.currency_code), ...inMonth.map((entry) => entry.currency_code)]),
  ]
  const sumOf = (list: readonly StudioLedgerEntryType[], currency: string, kind?: StatementLineKindType) =>
    list
      .filter((entry) => entry.currency_code === currency && (!kind || KIND_OF_TYPE[entry.type] === kind))
      .reduce((sum, entry) => sum + entry.amount, 0)
  const currencies = currencyCodes
    .map((currency_code) => {
      const now = balances.find((balance) => balance.currency_code === currency_code)?.balance ?? 0
      const closing = now - sumOf(after, currency_code)
      return {
        currency_code,
        opening: closing - sumOf(inMonth, currency_code),
        closing,
        sales: sumOf(inMonth, currency_code, "sales"),
        commission: sumOf(inMonth, currency_code, "commission"),
        reversals: sumOf(inMonth, currency_code, "reversals"),
        payouts: sumOf(inMonth, currency_code, "payouts"),
      }
    })
    // A currency with no balance then and no movement in the month says nothing: it is left out.
    .filter(
      (currency) =>
        currency.opening !== 0 ||
        currency.closing !== 0 ||
        inMonth.some((entry) => entry.currency_code === currency.currency_code)
    )
  return { month, entries: [...inMonth].reverse(), currencies }
}

/** Whether newest-first entries reach back to the month's start (or are the whole ledger). */
export function reachesMonthStart(
  month: MonthKeyType,
  entries: readonly StudioLedgerEntryType[],
  wholeLedger: boolean
): boolean {
  const oldest = entries[entries.length - 1]
  return wholeLedger || (oldest !== undefined && new Date(oldest.created_at).getTime() < monthBounds(month).start.getTime())
}
