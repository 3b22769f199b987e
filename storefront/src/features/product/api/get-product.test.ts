import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { toProductDetail } from "@/features/product/api/get-product"

type VariantFieldsType = Omit<Partial<HttpTypes.StoreProductVariant>, "calculated_price"> & {
  calculated_price?: { calculated_amount: number; currency_code: string }
}

function variant(overrides: VariantFieldsType): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "Indigo",
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 5,
    calculated_price: { calculated_amount: 48, currency_code: "usd" },
    ...overrides,
  } as unknown as HttpTypes.StoreProductVariant
}

function product(overrides: Record<string, unknown> = {}) {
  return {
    id: "prod_1",
    handle: "naga-scale-hol-silk-scarf",
    title: "Naga-scale hol silk scarf",
    description: "A scarf.",
    thumbnail: "http://backend.test/static/scarf-1.svg",
    images: [],
    variants: [variant({})],
    ...overrides,
  } as unknown as Parameters<typeof toProductDetail>[0]
}

describe("toProductDetail", () => {
  it("turns prices into integer minor units without float noise", () => {
    const detail = toProductDetail(product({ variants: [variant({ calculated_price: { calculated_amount: 19.99, currency_code: "eur" } })] }))
    expect(detail.variants[0]).toMatchObject({ priceMinor: 1999, currencyCode: "eur" })
  })

  it("counts stock only where it is tracked and backorders are not allowed", () => {
    const detail = toProductDetail(
      product({
        variants: [
          variant({ id: "a", inventory_quantity: 1 }),
          variant({ id: "b", inventory_quantity: 0 }),
          variant({ id: "c", manage_inventory: false, inventory_quantity: 0 }),
          variant({ id: "d", allow_backorder: true, inventory_quantity: 0 }),
        ],
      })
    )
    expect(detail.variants.map((v) => v.available)).toEqual([1, 0, null, null])
  })

  it("falls back to the thumbnail when the product has no images", () => {
    expect(toProductDetail(product()).images).toEqual([{ id: "thumbnail", url: "http://backend.test/static/scarf-1.svg" }])
  })

  it("keeps makers as the API words them, the unnamed artisan included", () => {
    const detail = toProductDetail(
      product({
        makers: [
          { id: "pmkr_1", display_name: "An artisan of Prey Kabbas Silk Weavers", has_public_profile: false },
          { id: "pmkr_2", handle: "sreymom", display_name: "Sreymom Chhum", is_living_human_treasure: true, lht_year: 2012 },
        ],
      })
    )
    expect(detail.makers.map((maker) => [maker.displayName, maker.isLivingHumanTreasure, maker.lhtYear])).toEqual([
      ["An artisan of Prey Kabbas Silk Weavers", false, null],
      ["Sreymom Chhum", true, 2012],
    ])
  })
})
