import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { lowestPrice, nextPageOffset, type ProductSummaryType } from "@/features/catalogue/api/list-products"

function variant(amount: number | null, currency = "usd"): HttpTypes.StoreProductVariant {
  return {
    id: `variant_${amount}`,
    calculated_price: amount === null ? undefined : { calculated_amount: amount, currency_code: currency },
  } as HttpTypes.StoreProductVariant
}

describe("lowestPrice", () => {
  it("gives the only variant's price", () => {
    expect(lowestPrice([variant(9.5)])).toEqual({ amount: 9.5, currencyCode: "usd", isFrom: false })
  })

  it("gives the lowest price, marked as a starting price, when variants differ", () => {
    expect(lowestPrice([variant(70), variant(35)])).toEqual({
      amount: 35,
      currencyCode: "usd",
      isFrom: true,
    })
  })

  it("is not a starting price when every variant costs the same", () => {
    expect(lowestPrice([variant(12), variant(12)])?.isFrom).toBe(false)
  })

  it("skips variants without a price in the region, and gives null when none has one", () => {
    expect(lowestPrice([variant(null), variant(20)])?.amount).toBe(20)
    expect(lowestPrice([variant(null)])).toBeNull()
    expect(lowestPrice(null)).toBeNull()
  })
})

describe("nextPageOffset", () => {
  const products = (n: number): ProductSummaryType[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `prod_${i}`,
      title: `Craft ${i}`,
      handle: `craft-${i}`,
      thumbnail: null,
      price: null,
    }))

  it("continues after the products already loaded", () => {
    expect(nextPageOffset({ products: products(12), count: 30, offset: 12, limit: 12 })).toBe(24)
  })

  it("stops at the last page", () => {
    expect(nextPageOffset({ products: products(6), count: 30, offset: 24, limit: 12 })).toBeUndefined()
  })

  it("stops on an empty page even if the count promised more", () => {
    expect(nextPageOffset({ products: [], count: 30, offset: 24, limit: 12 })).toBeUndefined()
  })
})
