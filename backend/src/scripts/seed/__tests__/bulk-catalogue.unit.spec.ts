import { HeritageMetadataSchema } from "@sipakam/shared"
import { BULK_PRODUCTS_PER_GROUP, bulkGroups, bulkProduct } from "../bulk-catalogue"
import { buildCatalogue } from "../catalogue"
import { makerKey } from "../provenance"

describe("bulk catalogue", () => {
  const products = Array.from({ length: 1000 }, (_, index) => bulkProduct(index))
  const groups = bulkGroups(products.length)

  it("is the same on every call, so a second run finds what the first made", () => {
    expect(bulkProduct(417)).toEqual(products[417])
    expect(bulkGroups(products.length)).toEqual(groups)
  })

  it("has unique handles and SKUs, none shared with the demo catalogue", () => {
    const demo = buildCatalogue()
    const handles = new Set([...demo, ...products.map((spec) => spec.product)].map((product) => product.handle))
    expect(handles.size).toEqual(demo.length + products.length)
    const skus = products.flatMap((spec) => spec.product.variants.map((variant) => variant.sku))
    expect(new Set(skus).size).toEqual(skus.length)
    expect(skus.every((sku) => sku.startsWith("SPK-BULK-"))).toBe(true)
  })

  it("varies titles over crafts, designs and colourways, in English and Khmer", () => {
    const titles = new Set(products.map((spec) => spec.product.title.en))
    expect(titles.size).toBeGreaterThan(products.length / 3)
    expect(new Set(bulkGroups(10000).map((group) => group.craft)).size).toEqual(12)
    for (const { product } of products) {
      expect(product.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(product.title.km).toMatch(/[\u1780-\u17FF]/)
      expect(product.description.km).toMatch(/[\u1780-\u17FF]/)
      expect(HeritageMetadataSchema.parse(product.heritage)).toEqual(product.heritage)
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(3)
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.prices.usd) && variant.prices.usd > 0).toBe(true)
        expect(variant.prices.eur % 50).toEqual(0)
        expect(variant.stock).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it("puts 50 products in each group, made in its province and tradition by its makers", () => {
    expect(groups).toHaveLength(products.length / BULK_PRODUCTS_PER_GROUP)
    for (const spec of products) {
      const group = groups[Math.floor(spec.index / BULK_PRODUCTS_PER_GROUP)]
      expect(spec.group).toEqual(group.handle)
      expect(spec.heritage.craft).toEqual(group.craft)
      expect(spec.heritage.province).toEqual(group.province)
      expect(spec.heritage.people).toEqual(group.origin.people)
      expect(spec.makers.length).toBeGreaterThanOrEqual(1)
      expect(spec.makers.every((key) => group.makers.some((maker) => makerKey(maker) === key))).toBe(true)
    }
  })

  it("gives groups makers with and without consent, and a few Living Human Treasures", () => {
    const makers = bulkGroups(10000).flatMap((group) => group.makers)
    expect(makers.some((maker) => maker.consent)).toBe(true)
    expect(makers.some((maker) => !maker.consent)).toBe(true)
    const masters = makers.filter((maker) => maker.lhtYear !== undefined)
    expect(masters.length).toBeGreaterThan(0)
    expect(masters.every((maker) => maker.consent)).toBe(true)
    expect(makers.every((maker) => maker.consent === Boolean(maker.story))).toBe(true)
  })
})
