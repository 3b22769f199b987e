import { describe, expect, it } from "vitest"
import { formatMedusaAmount } from "@/lib/money"

describe("formatMedusaAmount", () => {
  it("reads Medusa amounts as major units", () => {
    expect(formatMedusaAmount(25.5, "usd", "en")).toBe("$25.50")
  })

  it("rounds to the currency's minor unit without float noise", () => {
    expect(formatMedusaAmount(1.005, "usd", "en")).toBe("$1.01")
    expect(formatMedusaAmount(0.1 + 0.2, "usd", "en")).toBe("$0.30")
  })

  it("follows the currency's own number of decimals", () => {
    expect(formatMedusaAmount(1200, "jpy", "en")).toBe("¥1,200")
    expect(formatMedusaAmount(100000, "khr", "en")).toBe("KHR\u00a0100,000")
  })

  it("formats for the shopper's language", () => {
    expect(formatMedusaAmount(25.5, "eur", "fr")).toBe("25,50\u00a0€")
  })
})
