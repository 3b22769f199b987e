import { describe, expect, it } from "vitest"
import { costPiece, parseHours, percentToBps, roundUpToWholeUnit, whereMoneyGoes } from "./costing"
import { parsePriceText, priceFieldText } from "./price-text"

describe("the costing helper", () => {
  it("adds materials, hours at a day's wage of 8 hours and the margin, in whole cents", () => {
    // 12 hours at $10.00 a day is $15.00; with $8.00 of silk the cost is $23.00; 30 % is $6.90.
    const costing = costPiece({ materialsMinor: 800, hours: 12, dailyWageMinor: 1000, marginBps: 3000 }, "usd")
    expect(costing).toEqual({
      labourMinor: 1500,
      costMinor: 2300,
      marginMinor: 690,
      exactPriceMinor: 2990,
      suggestedPriceMinor: 3000,
    })
  })

  it("rounds labour and margin half up, never through floating point", () => {
    // 1 hour at $7.00 a day is 87.5 cents: 88. Cost 1088; 15 % is 163.2 cents: 163.
    const costing = costPiece({ materialsMinor: 1000, hours: 1, dailyWageMinor: 700, marginBps: 1500 }, "usd")
    expect(costing.labourMinor).toBe(88)
    expect(costing.marginMinor).toBe(163)
    expect(costing.exactPriceMinor).toBe(1251)
    expect(costing.suggestedPriceMinor).toBe(1300)
    // 0.1 + 0.2 style sums stay exact: 3 hours at $0.10 a day is 3.75 cents, 4.
    expect(costPiece({ materialsMinor: 10, hours: 3, dailyWageMinor: 10, marginBps: 0 }, "usd").costMinor).toBe(14)
  })

  it("keeps a price already on a whole dollar, and works with no margin or no labour", () => {
    expect(roundUpToWholeUnit(3000, "usd")).toBe(3000)
    expect(roundUpToWholeUnit(3001, "usd")).toBe(3100)
    expect(roundUpToWholeUnit(4100, "khr")).toBe(4100)
    expect(costPiece({ materialsMinor: 500, hours: 0, dailyWageMinor: 1200, marginBps: 0 }, "usd").suggestedPriceMinor).toBe(500)
  })

  it("refuses amounts that are not whole minor units and margins past 300 %", () => {
    expect(() => costPiece({ materialsMinor: 1.5, hours: 1, dailyWageMinor: 100, marginBps: 0 }, "usd")).toThrow(RangeError)
    expect(() => costPiece({ materialsMinor: 1, hours: -1, dailyWageMinor: 100, marginBps: 0 }, "usd")).toThrow(RangeError)
    expect(() => costPiece({ materialsMinor: 1, hours: 1, dailyWageMinor: 100, marginBps: 30_001 }, "usd")).toThrow(RangeError)
  })

  it("shows where a buyer's money goes: commission and group's share add up to the price", () => {
    // $29.99 at 15 %: 449.85 cents of commission, rounded as the ledger does, 450.
    const goes = whereMoneyGoes(2999, 1500, { materialsMinor: 800, labourMinor: 1500 })
    expect(goes).toEqual({
      priceMinor: 2999,
      commissionMinor: 450,
      groupMinor: 2549,
      materialsMinor: 800,
      labourMinor: 1500,
      leftMinor: 249,
    })
    expect(goes.commissionMinor + goes.groupMinor).toBe(goes.priceMinor)
    for (const price of [1, 99, 101, 2550, 9_999_999]) {
      const split = whereMoneyGoes(price, 1250, { materialsMinor: 0, labourMinor: 0 })
      expect(split.commissionMinor + split.groupMinor).toBe(price)
    }
  })

  it("says when the price does not cover the costs", () => {
    expect(whereMoneyGoes(1000, 1500, { materialsMinor: 800, labourMinor: 500 }).leftMinor).toBe(-450)
  })

  it("reads percentages, hours and prices as typed", () => {
    expect(percentToBps("30")).toBe(3000)
    expect(percentToBps("12.5 %")).toBe(1250)
    expect(percentToBps("7,25")).toBe(725)
    expect(percentToBps("301")).toBeNull()
    expect(percentToBps("abc")).toBeNull()
    expect(parseHours(" 12 ")).toBe(12)
    expect(parseHours("1.5")).toBeNull()
    expect(parsePriceText("25", "usd")).toBe(2500)
    expect(parsePriceText("25.5", "usd")).toBe(2550)
    expect(parsePriceText("$25,50", "usd")).toBe(2550)
    expect(parsePriceText("1.005", "usd")).toBeNull()
    expect(parsePriceText("", "usd")).toBeNull()
    expect(parsePriceText("4100", "khr")).toBe(4100)
    expect(priceFieldText(2550, "usd")).toBe("25.50")
  })
})
