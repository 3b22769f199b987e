import { currencyFractionDigits } from "@sipakam/shared/money"
import type { StudioLedgerEntryType } from "@/features/studio/api/ledger"
import { monthBounds, type MonthStatementType } from "@/features/studio/earnings/ledger-months"

const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000

/** An instant as Cambodia's "2026-01-31 23:30", which every spreadsheet reads as a date and time. */
export function cambodiaDateTime(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ")
}

/** Integer minor units as a plain decimal ("-3.75", "4100" riels): exact, no grouping, a dot. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = currencyFractionDigits(currency)
  const sign = amountMinor < 0 ? "-" : ""
  const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, "0")
  return digits ? `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}` : `${sign}${magnitude}`
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break. Text a spreadsheet would run
 * as a formula (=, +, -, @ first) is prefixed with an apostrophe; numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined, kind: "text" | "number" = "text"): string {
  if (value === null || value === undefined) return ""
  let text = String(value)
  if (kind === "text" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export type StatementCsvWordsType = {
  columns: {
    date: string
    type: string
    order: string
    description: string
    quantity: string
    amount: string
    currency: string
    balance: string
  }
  opening: string
  closing: string
  typeOf: (entry: StudioLedgerEntryType) => string
}

/**
 * A month's statement as CSV: UTF-8 with a byte order mark (so spreadsheets show Khmer), CRLF
 * lines, a header row, then per currency its opening balance, the month's entries oldest first
 * with the balance after each, and its closing balance.
 */
export function statementCsv(
  statement: MonthStatementType,
  words: StatementCsvWordsType,
  orderNumberOf: (orderId: string) => number | undefined
): string {
  const { columns } = words
  const rows: string[][] = [
    [
      columns.date,
      columns.type,
      columns.order,
      columns.description,
      columns.quantity,
      columns.amount,
      columns.currency,
      columns.balance,
    ].map((cell) => csvCell(cell)),
  ]
  const { start, end } = monthBounds(statement.month)
  for (const currency of statement.currencies) {
    const code = currency.currency_code
    const upper = code.toUpperCase()
    let balance = currency.opening
    rows.push([
      cambodiaDateTime(start),
      csvCell(words.opening),
      "",
      "",
      "",
      "",
      upper,
      minorToDecimal(balance, code),
    ])
    for (const entry of statement.entries.filter((candidate) => candidate.currency_code === code)) {
      balance += entry.amount
      const orderNumber = entry.order_id ? orderNumberOf(entry.order_id) : undefined
      rows.push([
        cambodiaDateTime(entry.created_at),
        csvCell(words.typeOf(entry)),
        orderNumber === undefined ? "" : csvCell(orderNumber, "number"),
        csvCell(entry.description),
        csvCell(entry.quantity, "number"),
        minorToDecimal(entry.amount, code),
        upper,
        minorToDecimal(balance, code),
      ])
    }
    // The closing row is dated the month's last minute, whatever the month under way still holds.
    rows.push([
      cambodiaDateTime(new Date(end.getTime() - 60_000)),
      csvCell(words.closing),
      "",
      "",
      "",
      "",
      upper,
      minorToDecimal(currency.closing, code),
    ])
  }
  return `\uFEFF${rows.map((row) => row.join(",")).join("\r\n")}\r\n`
}
