import { describe, expect, it } from "vitest"
import { describeLedgerEntry } from "@/features/studio/earnings/ledger-description"

describe("describeLedgerEntry", () => {
  it("finds the piece in sales, commissions and what was given back", () => {
    expect(describeLedgerEntry({ type: "sale", description: "2 × Naga scarf, red" })).toEqual({ kind: "piece", title: "Naga scarf, red" })
    expect(describeLedgerEntry({ type: "commission", description: "Commission 12.5% on 2 × Naga scarf" })).toEqual({
      kind: "piece",
      title: "Naga scarf",
    })
    expect(describeLedgerEntry({ type: "sale_reversal", description: "Returned: 1 of 2 × Naga scarf" })).toEqual({
      kind: "piece",
      title: "Naga scarf",
    })
    expect(describeLedgerEntry({ type: "commission_reversal", description: "Commission given back: 1 of 2 × Naga scarf" })).toEqual({
      kind: "piece",
      title: "Naga scarf",
    })
  })

  it("finds a payout's method and reference", () => {
    expect(describeLedgerEntry({ type: "payout", description: "Payout by aba (TX-1)" })).toEqual({
      kind: "payout",
      method: "aba",
      reference: "TX-1",
    })
    expect(describeLedgerEntry({ type: "payout", description: "Payout by bank_transfer" })).toEqual({
      kind: "payout",
      method: "bank_transfer",
      reference: null,
    })
  })

  it("shows anything else as written, and nothing for no description", () => {
    expect(describeLedgerEntry({ type: "sale", description: "Adjusted by the operator" })).toEqual({
      kind: "text",
      text: "Adjusted by the operator",
    })
    expect(describeLedgerEntry({ type: "sale", description: null })).toBeNull()
    expect(describeLedgerEntry({ type: "payout", description: "  " })).toBeNull()
  })
})
