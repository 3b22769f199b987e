import { describe, expect, it } from "vitest"
import type { StudioLedgerEntryType } from "@/features/studio/api/ledger"
import {
  groupByMonth,
  isMonthKey,
  monthBounds,
  monthKeyOf,
  monthStatement,
  reachesMonthStart,
  sumByCurrency,
} from "@/features/studio/earnings/ledger-months"

let sequence = 0
function entry(
  type: StudioLedgerEntryType["type"],
  amount: number,
  created_at: string,
  currency_code = "usd"
): StudioLedgerEntryType {
  sequence += 1
  return {
    id: `ldg_${sequence}`,
    type,
    amount,
    currency_code,
    order_id: type === "payout" ? null : "order_1",
    line_item_id: null,
    payout_id: type === "payout" ? "pout_1" : null,
    quantity: null,
    rate_bps: null,
    description: null,
    created_at,
  }
}

describe("Cambodian months", () => {
  it("puts an instant in the month it is in Cambodia (UTC+7)", () => {
    expect(monthKeyOf("2026-01-31T16:59:59.999Z")).toBe("2026-01")
    expect(monthKeyOf("2026-01-31T17:00:00.000Z")).toBe("2026-02")
    expect(monthKeyOf("2025-12-31T18:00:00.000Z")).toBe("2026-01")
  })

  it("bounds a month from its first Cambodian midnight to the next month's", () => {
    expect(monthBounds("2026-01")).toEqual({
      start: new Date("2025-12-31T17:00:00.000Z"),
      end: new Date("2026-01-31T17:00:00.000Z"),
    })
    expect(monthBounds("2026-12").end).toEqual(new Date("2026-12-31T17:00:00.000Z"))
  })

  it("knows a month key when it sees one", () => {
    expect(isMonthKey("2026-02")).toBe(true)
    expect(isMonthKey("2026-13")).toBe(false)
    expect(isMonthKey("2026-2")).toBe(false)
    expect(isMonthKey(undefined)).toBe(false)
  })
})

describe("groupByMonth", () => {
  it("groups newest-first entries by month, keeping their order, with each month's movement per currency", () => {
    const entries = [
      entry("payout", -5000, "2026-03-02T03:00:00Z"),
      entry("sale", 4000, "2026-02-20T03:00:00Z"),
      entry("commission", -600, "2026-02-20T03:00:00Z"),
      entry("sale", 3000, "2026-02-01T02:00:00Z", "eur"),
      entry("sale", 2500, "2026-01-31T18:00:00Z"),
      entry("sale", 1000, "2026-01-31T16:00:00Z"),
    ]
    const months = groupByMonth(entries)
    expect(months.map((month) => month.month)).toEqual(["2026-03", "2026-02", "2026-01"])
    expect(months[1]?.entries.map((e) => e.id)).toEqual(entries.slice(1, 5).map((e) => e.id))
    expect(months[1]?.totals).toEqual([
      { currency_code: "usd", amount: 5900 },
      { currency_code: "eur", amount: 3000 },
    ])
    expect(months[2]?.totals).toEqual([{ currency_code: "usd", amount: 1000 }])
  })

  it("sums nothing to nothing", () => {
    expect(groupByMonth([])).toEqual([])
    expect(sumByCurrency([])).toEqual([])
  })
})

describe("monthStatement", () => {
  // Newest first, as GET /producer/ledger answers; today's balance is the sum of everything.
  const entries = [
    entry("sale", 2000, "2026-03-05T03:00:00Z"),
    entry("payout", -3000, "2026-02-25T03:00:00Z"),
    entry("commission_reversal", 150, "2026-02-10T03:00:00Z"),
    entry("sale_reversal", -1000, "2026-02-10T03:00:00Z"),
    entry("commission", -450, "2026-02-03T03:00:00Z"),
    entry("sale", 3000, "2026-02-03T03:00:00Z"),
    entry("sale", 5000, "2026-01-10T03:00:00Z"),
  ]
  const balances = [{ currency_code: "usd", balance: 5700 }]

  it("gives the opening and closing balances and the month's totals by kind, entries oldest first", () => {
    const statement = monthStatement("2026-02", entries, balances)
    expect(statement.entries.map((e) => e.type)).toEqual([
      "sale",
      "commission",
      "sale_reversal",
      "commission_reversal",
      "payout",
    ])
    expect(statement.currencies).toEqual([
      {
        currency_code: "usd",
        opening: 5000,
        closing: 3700,
        sales: 3000,
        commission: -450,
        reversals: -850,
        payouts: -3000,
      },
    ])
  })

  it("closes the month under way at today's balance", () => {
    const [usd] = monthStatement("2026-03", entries.slice(0, 1), balances).currencies
    expect(usd).toMatchObject({ opening: 3700, closing: 5700, sales: 2000 })
  })

  it("leaves out a currency with no balance then and nothing in the month", () => {
    const statement = monthStatement("2026-02", entries, [...balances, { currency_code: "eur", balance: 0 }])
    expect(statement.currencies.map((currency) => currency.currency_code)).toEqual(["usd"])
  })

  it("knows when entries reach back to the month's start", () => {
    expect(reachesMonthStart("2026-02", entries, false)).toBe(true)
    expect(reachesMonthStart("2026-02", entries.slice(0, 6), false)).toBe(false)
    expect(reachesMonthStart("2026-02", entries.slice(0, 6), true)).toBe(true)
    expect(reachesMonthStart("2026-02", [], false)).toBe(false)
  })
})
