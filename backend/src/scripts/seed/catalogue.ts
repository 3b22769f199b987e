import { HeritageMetadataSchema, type HeritageMetadataType } from "@sipakam/shared"
import {
  CRAFT_LINES,
  hashString,
  type BilingualText,
  type CraftLine,
  type DesignSpec,
  type ItemSpec,
  type OriginSpec,
} from "@sipakam/demo-data"

/** Euro prices follow the dollar at a fixed demo rate, rounded to 50 cents. */
const EUR_CENTS_PER_100_USD_CENTS = 92

/** The euro price, in cents, of a dollar price in cents. */
export function eurCentsOf(usdCents: number): number {
  return Math.round((usdCents * EUR_CENTS_PER_100_USD_CENTS) / 100 / 50) * 50
}

export type CatalogueVariant = {
  sku: string
  value: BilingualText
  /** Prices in integer minor units. */
  prices: { usd: number; eur: number }
  stock: number
}

export type CatalogueProduct = {
  handle: string
  title: BilingualText
  description: BilingualText
  option: BilingualText
  variants: CatalogueVariant[]
  heritage: HeritageMetadataType
  weightGrams: number
  artwork: { shape: string; design: string; seed: number; views: number }
}

/** The designs an item can be made in: the ones it names, else all of its line's. */
export function designsFor(line: CraftLine, item: ItemSpec): DesignSpec[] {
  if (!item.designKeys) {
    return line.designs
  }
  return item.designKeys.map((key) => {
    const design = line.designs.find((candidate) => candidate.key === key)
    if (!design) {
      throw new Error(`${line.craft}: item ${item.key} names unknown design ${key}`)
    }
    return design
  })
}

function pickPairs(line: CraftLine): { item: ItemSpec; design: DesignSpec }[] {
  const pairs: { item: ItemSpec; design: DesignSpec }[] = []
  const seen = new Set<string>()
  const attempts = line.items.length * line.designs.length * 2
  // Walk items round-robin and rotate designs each round, so a line mixes objects and motifs.
  for (let k = 0; k < attempts && pairs.length < line.count; k++) {
    const itemIndex = k % line.items.length
    const round = Math.floor(k / line.items.length)
    const item = line.items[itemIndex]
    const designs = designsFor(line, item)
    const design = designs[(round + itemIndex) % designs.length]
    const key = `${item.key}/${design.key}`
    if (!seen.has(key)) {
      seen.add(key)
      pairs.push({ item, design })
    }
  }
  if (pairs.length < line.count) {
    throw new Error(
      `${line.craft}: only ${pairs.length} item-design pairs for ${line.count} products`
    )
  }
  return pairs
}

function stockFor(handle: string, variantIndex: number, item: ItemSpec, low: boolean): number {
  if (item.stock === "one-of-a-kind") {
    return 1
  }
  const hash = hashString(`${handle}#${variantIndex}`)
  return low ? 1 + (hash % 3) : 6 + (hash % 35)
}

/**
 * One product of a line: an item in a design, made where `origin` says (by default the line's
 * origins in turn). The bulk generator reuses it with the origin of its synthetic group.
 */
export function productOf(
  line: CraftLine,
  item: ItemSpec,
  design: DesignSpec,
  index: number,
  origin: OriginSpec = line.origins[index % line.origins.length]
): CatalogueProduct {
  const handle = `${design.key}-${item.key}`
  const technique = line.technique[index % line.technique.length]
  const seed = hashString(handle)
  const low = index % 5 === 3
  const premium = design.premiumUsd ?? 0
  const heritage = HeritageMetadataSchema.parse({
    craft: line.craft,
    province: origin.province,
    people: origin.people,
    materials: [...new Set([...item.materials, ...(design.materials ?? [])])],
  })
  const sentences = [item.about, design.about, origin.about, technique, line.care]
  return {
    handle,
    title: { en: `${design.prefix} ${item.name.en}`, km: `${item.name.km} ${design.km}` },
    description: {
      en: sentences.map((sentence) => sentence.en).join(" "),
      km: sentences.map((sentence) => sentence.km).join(" "),
    },
    option: item.option,
    variants: item.variants.map((spec, variantIndex) => {
      const usd = spec.usd + premium
      return {
        sku: `SPK-${handle}-${variantIndex + 1}`.toUpperCase(),
        value: spec.value,
        prices: { usd, eur: eurCentsOf(usd) },
        stock: stockFor(handle, variantIndex, item, low),
      }
    }),
    heritage,
    weightGrams: item.weightGrams,
    artwork: { shape: item.shape, design: design.key, seed, views: 1 + (seed % 3) },
  }
}

/** The demo catalogue: the same products, prices, stock and artwork on every run. */
export function buildCatalogue(): CatalogueProduct[] {
  const products = CRAFT_LINES.flatMap((line) =>
    pickPairs(line).map(({ item, design }, index) => productOf(line, item, design, index))
  )
  const handles = new Set(products.map((product) => product.handle))
  if (handles.size !== products.length) {
    throw new Error("The demo catalogue has duplicate handles")
  }
  return products
}
