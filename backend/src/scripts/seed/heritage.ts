import {
  MATERIALS,
  type CraftCode,
  type MaterialCode,
  type PeopleCode,
  type ProvinceCode,
} from "@sipakam/shared"
import { CRAFT_HERITAGE, CRAFT_LINES, type BilingualText } from "@sipakam/demo-data"
import type { CatalogueProduct } from "./catalogue"

/** A product's heritage profile, with the Khmer of its texts. */
export type HeritageSpec = {
  craft: CraftCode
  technique: BilingualText
  materials: MaterialCode[]
  natural_dyes: MaterialCode[]
  province: ProvinceCode
  people: PeopleCode
  cultural_significance: BilingualText
  hours_to_make: number
  care: BilingualText
}

const NATURAL_DYES = new Set<string>(
  MATERIALS.filter((material) => material.kind === "natural-dye").map((material) => material.code)
)

const topPrice = (product: CatalogueProduct) =>
  Math.max(...product.variants.map((variant) => variant.prices.usd))

/**
 * Every catalogue product's heritage profile, keyed by handle: craft, province, people and
 * materials from the product's own metadata, the craft's texts, and hours of work in
 * proportion to the product's price within its craft. The price range is the `reference`
 * catalogue's (by default the products themselves), so the bulk generator can size its
 * products' hours on the demo catalogue whatever batch they come in.
 */
export function buildHeritageProfiles(
  catalogue: CatalogueProduct[],
  reference: CatalogueProduct[] = catalogue
): Map<string, HeritageSpec> {
  const profiles = new Map<string, HeritageSpec>()
  for (const line of CRAFT_LINES) {
    const craft = CRAFT_HERITAGE[line.craft]
    const products = catalogue.filter((product) => product.heritage.craft === line.craft)
    const prices = reference
      .filter((product) => product.heritage.craft === line.craft)
      .map(topPrice)
    const cheapest = Math.min(...prices)
    const range = Math.max(...prices) - cheapest
    for (const product of products) {
      const position = range
        ? Math.min(1, Math.max(0, (topPrice(product) - cheapest) / range))
        : 0
      const { province, people, materials } = product.heritage
      profiles.set(product.handle, {
        craft: line.craft,
        technique: craft.technique,
        materials,
        natural_dyes: materials.filter((material) => NATURAL_DYES.has(material)),
        province,
        people,
        cultural_significance: craft.significance,
        hours_to_make: Math.round(craft.hours.min + position * (craft.hours.max - craft.hours.min)),
        care: line.care,
      })
    }
  }
  return profiles
}
