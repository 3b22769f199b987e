import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { currencyFractionDigits } from "../money"
import { formatWithPattern, MONEY_PATTERNS } from "../money-patterns"

/** What Intl writes for the amount: the truth each pattern stands in for. */
function intlFormat(amountMinor: number, currency: string, language: string): string {
  const digits = currencyFractionDigits(currency)
  return new Intl.NumberFormat(language, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amountMinor / 10 ** digits)
}

describe("MONEY_PATTERNS", () => {
  for (const [key, pattern] of Object.entries(MONEY_PATTERNS)) {
    const [language = "", currency = ""] = key.split("|")
    it(`writes ${currency} in ${language} exactly as Intl does`, () => {
      const digits = currencyFractionDigits(currency)
      for (const amount of [0, 1, -1, 5, 99, 100, 999, 1000, 1234, -1234, 12345, 123456, 1234567, -987654321]) {
        expect(formatWithPattern(amount, digits, pattern), `${amount}`).toBe(intlFormat(amount, currency, language))
      }
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
          expect(formatWithPattern(amount, digits, pattern)).toBe(intlFormat(amount, currency, language))
        }),
        { numRuns: 300 }
      )
    })
  }
})
