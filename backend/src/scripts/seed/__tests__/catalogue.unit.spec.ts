import { CRAFT_CODES, HeritageMetadataSchema } from "@sipakam/shared"
import { renderArtwork } from "@sipakam/demo-data"
import { buildCatalogue } from "../catalogue"

describe("demo catalogue", () => {
  const catalogue = buildCatalogue()

  it("has at least 120 products over every craft, with unique handles and SKUs", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(120)
    expect(new Set(catalogue.map((product) => product.heritage.craft))).toEqual(
      new Set(CRAFT_CODES)
    )
    expect(new Set(catalogue.map((product) => product.handle)).size).toEqual(catalogue.length)
    const skus = catalogue.flatMap((product) => product.variants.map((variant) => variant.sku))
    expect(new Set(skus).size).toEqual(skus.length)
  })

  it("is the same on every call", () => {
    expect(buildCatalogue()).toEqual(catalogue)
  })

  it("writes every product in English and Khmer with vocabulary metadata", () => {
    for (const product of catalogue) {
      expect(product.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(HeritageMetadataSchema.parse(product.heritage)).toEqual(product.heritage)
      expect(product.title.km).toMatch(/[\u1780-\u17FF]/)
      expect(product.description.km).toMatch(/[\u1780-\u17FF]/)
      expect(product.description.en.length).toBeGreaterThan(200)
    }
  })

  it("prices in whole cents and stocks every variant, a few pieces being unique or low", () => {
    for (const variant of catalogue.flatMap((product) => product.variants)) {
      expect(Number.isInteger(variant.prices.usd) && variant.prices.usd > 0).toBe(true)
      expect(Number.isInteger(variant.prices.eur) && variant.prices.eur % 50 === 0).toBe(true)
      expect(variant.stock).toBeGreaterThanOrEqual(1)
    }
    const unique = catalogue.filter((product) =>
      product.variants.some((variant) => variant.value.en === "One of a kind")
    )
    expect(unique.length).toBeGreaterThan(0)
    expect(
      unique.every((product) => product.variants.every((variant) => variant.stock === 1))
    ).toBe(true)
    const low = catalogue.filter((product) =>
      product.variants.every((variant) => variant.stock <= 3)
    )
    expect(low.length).toBeGreaterThan(unique.length)
  })

  it("draws one to three well-formed SVG views per product", () => {
    for (const product of catalogue) {
      expect(product.artwork.views).toBeGreaterThanOrEqual(1)
      expect(product.artwork.views).toBeLessThanOrEqual(3)
      for (let view = 0; view < product.artwork.views; view++) {
        const svg = renderArtwork(
          { craft: product.heritage.craft, ...product.artwork, title: product.title.en },
          view
        )
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
        expect(svg.endsWith("</svg>")).toBe(true)
        expect(svg).not.toMatch(/NaN|undefined|Infinity/)
        expect(svg.length).toBeLessThan(40_000)
      }
    }
  })
})
