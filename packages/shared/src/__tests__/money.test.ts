import { describe, expect, it } from "vitest"
import {
  convertMinorUnits,
  currencyFractionDigits,
  formatMoney,
  fromMedusaAmount,
  toMedusaAmount,
  toMinorUnits,
} from "../money"

describe("currencyFractionDigits", () => {
  it("follows Intl, except the riel which is used in whole units", () => {
    expect(currencyFractionDigits("usd")).toBe(2)
    expect(currencyFractionDigits("EUR")).toBe(2)
    expect(currencyFractionDigits("jpy")).toBe(0)
    expect(currencyFractionDigits("khr")).toBe(0)
  })

  it("rejects what is not a currency code", () => {
    expect(() => currencyFractionDigits("dollars")).toThrow(RangeError)
  })
})

describe("toMinorUnits", () => {
  it("converts major units exactly, from numbers and strings", () => {
    expect(toMinorUnits(25.5, "usd")).toBe(2550)
    expect(toMinorUnits("25.50", "usd")).toBe(2550)
    expect(toMinorUnits(0.1 + 0.2, "eur")).toBe(30)
    expect(toMinorUnits(19.99, "usd")).toBe(1999)
    expect(toMinorUnits("1e3", "usd")).toBe(100000)
    expect(toMinorUnits(4100, "khr")).toBe(4100)
  })

  it("rounds half away from zero on the decimal digits, not on binary floats", () => {
    expect(toMinorUnits(1.005, "usd")).toBe(101)
    expect(toMinorUnits(-1.005, "usd")).toBe(-101)
    expect(toMinorUnits(1.004, "usd")).toBe(100)
    expect(toMinorUnits(4100.5, "khr")).toBe(4101)
    expect(toMinorUnits(1e-7, "usd")).toBe(0)
  })

  it("refuses what is not an amount", () => {
    expect(() => toMinorUnits(Number.NaN, "usd")).toThrow(RangeError)
    expect(() => toMinorUnits("12,50", "usd")).toThrow(RangeError)
    expect(() => toMinorUnits(".", "usd")).toThrow(RangeError)
    expect(() => toMinorUnits(1e300, "usd")).toThrow(RangeError)
  })
})

describe("Medusa amounts", () => {
  it("goes to and from Medusa's major units without drift", () => {
    expect(toMedusaAmount(2550, "usd")).toBe(25.5)
    expect(toMedusaAmount(101, "eur")).toBe(1.01)
    expect(toMedusaAmount(4100, "khr")).toBe(4100)
    for (let cents = 0; cents < 20000; cents += 7) {
      expect(fromMedusaAmount(toMedusaAmount(cents, "usd"), "usd")).toBe(cents)
    }
  })

  it("rounds computed Medusa amounts to the minor unit", () => {
    expect(fromMedusaAmount(23.456, "eur")).toBe(2346)
  })

  it("accepts only integer minor units", () => {
    expect(() => toMedusaAmount(25.5, "usd")).toThrow(RangeError)
  })
})

describe("formatMoney", () => {
  it("formats minor units for the reader's locale", () => {
    expect(formatMoney(2550, "usd", "en")).toBe("$25.50")
    expect(formatMoney(2550, "eur", "fr")).toMatch(/^25,50\s€$/u)
    expect(formatMoney(4850, "usd", "ja")).toBe("$48.50")
  })

  it("shows riels without decimals", () => {
    expect(formatMoney(104550, "khr", "en")).toMatch(/^KHR\s104,550$/u)
    expect(formatMoney(104550, "khr", "km")).not.toMatch(/\.\d/u)
  })
})

describe("convertMinorUnits", () => {
  it("converts at a rate and rounds to the target's minor unit", () => {
    expect(convertMinorUnits(2550, "usd", "khr", 4100)).toBe(104550)
    expect(convertMinorUnits(1999, "usd", "eur", 0.92)).toBe(1839)
  })

  it("refuses a meaningless rate", () => {
    expect(() => convertMinorUnits(100, "usd", "khr", 0)).toThrow(RangeError)
  })
})
