import { describe, expect, it } from "vitest"
import { formatRateBps, priceBreakdown } from "@/features/product/utils/price-breakdown"

describe("priceBreakdown", () => {
  it("splits a price between the group and the platform's 15% commission by default", () => {
    expect(priceBreakdown(4800)).toEqual({ priceMinor: 4800, groupMinor: 4080, commissionMinor: 720, rateBps: 1500 })
  })

  it("rounds the commission to the cent and gives the group the rest", () => {
    // 15% of $8.99 is 134.85 cents: the commission is 135, the group gets 764.
    expect(priceBreakdown(899)).toMatchObject({ groupMinor: 764, commissionMinor: 135 })
  })

  it("adds up to exactly the price, whatever the price and rate", () => {
    for (let price = 0; price <= 20_000; price += 37) {
      for (const rate of [0, 1, 1250, 1500, 3333, 10_000]) {
        const { groupMinor, commissionMinor } = priceBreakdown(price, rate)
        expect(groupMinor + commissionMinor).toBe(price)
      }
    }
  })
})

describe("formatRateBps", () => {
  it("shows the rate as a percentage in each language", () => {
    expect(formatRateBps(1500, "en")).toBe("15%")
    expect(formatRateBps(1250, "en")).toBe("12.5%")
    expect(formatRateBps(1500, "fr")).toBe("15\u00a0%")
  })
})
