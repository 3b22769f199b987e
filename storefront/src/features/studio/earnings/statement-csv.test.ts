import { describe, expect, it } from "vitest"
import type { StudioLedgerEntryType } from "@/features/studio/api/ledger"
import { monthStatement } from "@/features/studio/earnings/ledger-months"
import {
  cambodiaDateTime,
  csvCell,
  minorToDecimal,
  statementCsv,
  type StatementCsvWordsType,
} from "@/features/studio/earnings/statement-csv"

const WORDS: StatementCsvWordsType = {
  columns: {
    date: "កាលបរិច្ឆេទ",
    type: "ប្រភេទ",
    order: "លេខការបញ្ជាទិញ",
    description: "ការពិពណ៌នា",
    quantity: "ចំនួន",
    amount: "ចំនួនទឹកប្រាក់",
    currency: "រូបិយប័ណ្ណ",
    balance: "សមតុល្យ",
  },
  opening: "សមតុល្យដើមខែ",
  closing: "សមតុល្យចុងខែ",
  typeOf: (entry) => ({ sale: "លក់", commission: "កម្រៃជើងសារ", payout: "ការទូទាត់" })[entry.type as "sale"] ?? entry.type,
}

function entry(fields: Partial<StudioLedgerEntryType> & Pick<StudioLedgerEntryType, "type" | "amount" | "created_at">) {
  return {
    id: `ldg_${fields.type}_${fields.created_at}`,
    currency_code: "usd",
    order_id: null,
    line_item_id: null,
    payout_id: null,
    quantity: null,
    rate_bps: null,
    description: null,
    ...fields,
  } satisfies StudioLedgerEntryType
}

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas in text", () => {
    expect(csvCell("Silk, hol")).toBe('"Silk, hol"')
    expect(csvCell('The "naga" scarf')).toBe('"The ""naga"" scarf"')
    expect(csvCell("two\nlines")).toBe('"two\nlines"')
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell("-5")).toBe("'-5")
    expect(csvCell(-5, "number")).toBe("-5")
    expect(csvCell(null)).toBe("")
    expect(csvCell("សូត្រហូល")).toBe("សូត្រហូល")
  })

  it("writes minor units as exact decimals in the currency's own digits", () => {
    expect(minorToDecimal(2550, "usd")).toBe("25.50")
    expect(minorToDecimal(-375, "usd")).toBe("-3.75")
    expect(minorToDecimal(5, "eur")).toBe("0.05")
    expect(minorToDecimal(0, "usd")).toBe("0.00")
    expect(minorToDecimal(41000, "khr")).toBe("41000")
  })

  it("writes instants in Cambodia's time", () => {
    expect(cambodiaDateTime("2026-01-31T16:30:00Z")).toBe("2026-01-31 23:30")
  })
})

describe("statementCsv", () => {
  const entries = [
    entry({ type: "payout", amount: -3000, created_at: "2026-02-25T03:00:00Z", description: "Payout by aba (TX-1)" }),
    entry({
      type: "commission",
      amount: -450,
      created_at: "2026-02-03T03:00:01Z",
      order_id: "order_7",
      quantity: 1,
      description: "Commission 15% on 1 × Naga scarf, red",
    }),
    entry({
      type: "sale",
      amount: 3000,
      created_at: "2026-02-03T03:00:00Z",
      order_id: "order_7",
      quantity: 1,
      description: "1 × Naga scarf, red",
    }),
    entry({ type: "sale", amount: 5000, created_at: "2026-01-10T03:00:00Z", order_id: "order_2", quantity: 2 }),
  ]
  const statement = monthStatement("2026-02", entries, [{ currency_code: "usd", balance: 4550 }])
  const csv = statementCsv(statement, WORDS, (orderId) => ({ order_7: 1042 })[orderId])

  it("starts with a byte order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true)
    expect(csv.endsWith("\r\n")).toBe(true)
    expect(csv.slice(1).split("\r\n").slice(0, -1).every((line) => !line.includes("\n"))).toBe(true)
  })

  it("lists the month oldest first between its opening and closing balances, with the running balance", () => {
    expect(csv.slice(1).split("\r\n")).toEqual([
      "កាលបរិច្ឆេទ,ប្រភេទ,លេខការបញ្ជាទិញ,ការពិពណ៌នា,ចំនួន,ចំនួនទឹកប្រាក់,រូបិយប័ណ្ណ,សមតុល្យ",
      "2026-02-01 00:00,សមតុល្យដើមខែ,,,,,USD,50.00",
      '2026-02-03 10:00,លក់,1042,"1 × Naga scarf, red",1,30.00,USD,80.00',
      '2026-02-03 10:00,កម្រៃជើងសារ,1042,"Commission 15% on 1 × Naga scarf, red",1,-4.50,USD,75.50',
      "2026-02-25 10:00,ការទូទាត់,,Payout by aba (TX-1),,-30.00,USD,45.50",
      "2026-02-28 23:59,សមតុល្យចុងខែ,,,,,USD,45.50",
      "",
    ])
  })
})
