import { describe, expect, it } from "vitest"
import {
  applyRateBps,
  BASIS_POINTS_PER_WHOLE,
  DEFAULT_COMMISSION_RATE_BPS,
  prorateMinorUnits,
  splitSale,
} from "../commission"

describe("applyRateBps", () => {
  it("applies a rate in basis points, rounding half up to the minor unit", () => {
    expect(applyRateBps(10_000, 1500)).toBe(1500)
    expect(applyRateBps(899, 1500)).toBe(135) // 134.85
    expect(applyRateBps(2250, 1250)).toBe(281) // 281.25
    expect(applyRateBps(10, 500)).toBe(1) // 0.5 goes up
    expect(applyRateBps(9, 500)).toBe(0) // 0.45 goes down
    expect(applyRateBps(1, 5000)).toBe(1) // 0.5 goes up
    expect(applyRateBps(3, 3333)).toBe(1) // 0.9999
  })

  it("takes nothing at 0% and everything at 100%", () => {
    expect(applyRateBps(12_345, 0)).toBe(0)
    expect(applyRateBps(12_345, BASIS_POINTS_PER_WHOLE)).toBe(12_345)
    expect(applyRateBps(0, 1500)).toBe(0)
  })

  it("stays exact where the product exceeds what a double holds exactly", () => {
    // 10 000 000 000 005 × 5000 is beyond 2^53: in floating point the half would be lost.
    expect(applyRateBps(10_000_000_000_005, 5000)).toBe(5_000_000_000_003)
    expect(applyRateBps(Number.MAX_SAFE_INTEGER, 1)).toBe(900_719_925_474)
  })

  it("matches the integer formula on every amount and rate of a grid", () => {
    for (let amount = 0; amount <= 2000; amount += 7) {
      for (const rate of [0, 1, 250, 999, 1500, 3333, 5000, 10_000]) {
        expect(applyRateBps(amount, rate)).toBe(Math.floor((amount * rate + 5000) / 10_000))
      }
    }
  })

  it("refuses negative, fractional and out-of-range inputs", () => {
    expect(() => applyRateBps(-1, 1500)).toThrow(RangeError)
    expect(() => applyRateBps(10.5, 1500)).toThrow(RangeError)
    expect(() => applyRateBps(100, 1500.5)).toThrow(RangeError)
    expect(() => applyRateBps(100, -1)).toThrow(RangeError)
    expect(() => applyRateBps(100, 10_001)).toThrow(RangeError)
    expect(() => applyRateBps(Number.NaN, 1500)).toThrow(RangeError)
  })
})

describe("prorateMinorUnits", () => {
  it("gives the share of part of the units, rounding half up", () => {
    expect(prorateMinorUnits(1000, 1, 3)).toBe(333)
    expect(prorateMinorUnits(1000, 2, 3)).toBe(667)
    expect(prorateMinorUnits(5, 1, 2)).toBe(3) // 2.5 goes up
    expect(prorateMinorUnits(999, 0, 4)).toBe(0)
    expect(prorateMinorUnits(999, 4, 4)).toBe(999)
  })

  it("adds up to the whole amount when taken cumulatively, in any steps", () => {
    for (const [amount, whole] of [
      [1000, 3],
      [899, 7],
      [1, 9],
      [12_345, 12],
    ]) {
      for (const steps of [
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        [2, 5, 5],
        [whole],
      ]) {
        let returned = 0
        let taken = 0
        for (const step of steps) {
          if (returned + step > whole) {
            break
          }
          returned += step
          taken += prorateMinorUnits(amount, returned, whole) - taken
        }
        const rest = prorateMinorUnits(amount, whole, whole) - taken
        expect(taken + rest).toBe(amount)
        expect(taken).toBe(prorateMinorUnits(amount, returned, whole))
      }
    }
  })

  it("refuses parts outside the whole and non-integers", () => {
    expect(() => prorateMinorUnits(100, 4, 3)).toThrow(RangeError)
    expect(() => prorateMinorUnits(100, 1, 0)).toThrow(RangeError)
    expect(() => prorateMinorUnits(100, 0.5, 3)).toThrow(RangeError)
    expect(() => prorateMinorUnits(-100, 1, 3)).toThrow(RangeError)
  })
})

describe("splitSale", () => {
  it("gives the platform its commission, rounded as the ledger rounds it, and the group the rest", () => {
    expect(splitSale(4800, DEFAULT_COMMISSION_RATE_BPS)).toEqual({ groupMinor: 4080, commissionMinor: 720 })
    expect(splitSale(899, 1500)).toEqual({ groupMinor: 764, commissionMinor: 135 })
  })

  it("always adds up to exactly the price", () => {
    for (let amount = 0; amount <= 5000; amount += 13) {
      for (const rate of [0, 1, 999, 1250, 1500, 3333, 10_000]) {
        const { groupMinor, commissionMinor } = splitSale(amount, rate)
        expect(groupMinor + commissionMinor).toBe(amount)
        expect(groupMinor).toBeGreaterThanOrEqual(0)
      }
    }
  })
})
