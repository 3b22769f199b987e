import { describe, expect, it } from "vitest"
import { formatMedusaAmount, formatMinorAmount, formatRielEquivalent } from "@/lib/money"

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

describe("formatMinorAmount", () => {
  // The search index's prices are integer minor units: 484850 is $4,848.50.
  const cases = [
    ["en", "usd", "$4,848.50"],
    ["km", "usd", "4,848.50$"],
    ["fr", "usd", "4\u202f848,50\u00a0$US"],
    ["zh", "usd", "US$4,848.50"],
    ["ko", "usd", "US$4,848.50"],
    ["ja", "usd", "$4,848.50"],
    ["en", "eur", "€4,848.50"],
    ["fr", "eur", "4\u202f848,50\u00a0€"],
    ["ja", "eur", "€4,848.50"],
  ] as const

  for (const [language, currency, expected] of cases) {
    it(`formats ${currency.toUpperCase()} in ${language}`, () => {
      expect(formatMinorAmount(484850, currency, language)).toBe(expected)
    })
  }

  it("never shows a fraction of a riel", () => {
    expect(formatMinorAmount(196800, "khr", "km")).toBe("196,800៛")
  })
})

describe("formatRielEquivalent", () => {
  it("converts US cents to whole riels at the region's rate", () => {
    expect(formatRielEquivalent(1000, 4100, "en")).toBe("KHR\u00a041,000")
  })

  it("rounds to the whole riel", () => {
    // $0.01 at 4100 riels per dollar is 41 riels; $12.34 is 50,594 riels.
    expect(formatRielEquivalent(1234, 4100, "en")).toBe("KHR\u00a050,594")
  })
})
