import { labelOf, PEOPLES, PROVINCES, type CraftCode } from "@sipakam/shared"
import {
  COLOURWAYS,
  CRAFT_LINES,
  CRAFT_WORDS,
  FAMILY_NAMES,
  FINISHES,
  GIVEN_NAMES,
  hashString,
  LHT_YEARS,
  PLACE_WORDS,
  seededRandom,
  text,
  TEXTILE_CRAFTS,
  type CraftLine,
  type MakerSpec,
  type OriginSpec,
  type ProducerGroupSpec,
} from "@sipakam/demo-data"
import {
  buildCatalogue,
  designsFor,
  eurCentsOf,
  productOf,
  type CatalogueProduct,
} from "./catalogue"
import { buildHeritageProfiles, type HeritageSpec } from "./heritage"
import { makerKey } from "./provenance"

/**
 * The synthetic catalogue behind the benchmarks: producer groups, their makers and products made
 * from the demo's craft lines, each a pure function of its index, so any run (or a resumed one)
 * generates exactly the same records and a second run only adds the missing ones.
 */

/** Marks bulk products in `product.metadata`, next to the heritage codes. */
export const BULK_METADATA_KEY = "sipakam_bulk"

/** One synthetic producer group per this many bulk products. */
export const BULK_PRODUCTS_PER_GROUP = 50

export type BulkGroupSpec = ProducerGroupSpec & {
  index: number
  craft: CraftCode
  origin: OriginSpec
  makers: MakerSpec[]
}

export type BulkProductSpec = {
  index: number
  /** Handle of the product's group. */
  group: string
  /** Keys (see `makerKey`) of the group's makers credited on the product. */
  makers: string[]
  product: CatalogueProduct
  heritage: HeritageSpec
}

type Random = () => number

const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

const lineOf = (craft: CraftCode): CraftLine => {
  const line = CRAFT_LINES.find((candidate) => candidate.craft === craft)
  if (!line) {
    throw new Error(`No craft line for ${craft}`)
  }
  return line
}

/** Crafts drawn in the demo catalogue's proportions, so textiles stay the largest share. */
function pickLine(random: Random): CraftLine {
  const total = CRAFT_LINES.reduce((sum, line) => sum + line.count, 0)
  let ticket = random() * total
  for (const line of CRAFT_LINES) {
    ticket -= line.count
    if (ticket < 0) {
      return line
    }
  }
  return CRAFT_LINES[CRAFT_LINES.length - 1]
}

function makersOf(group: Omit<BulkGroupSpec, "makers">, random: Random): MakerSpec[] {
  const count = 2 + Math.floor(random() * 3)
  const makers: MakerSpec[] = []
  // Roughly one group in thirteen has a Living Human Treasure among its makers.
  const hasMaster = group.index % 13 === 5
  while (makers.length < count) {
    const roll = random()
    const given = pick(
      random,
      GIVEN_NAMES.filter((name) => name.gender === (roll < 0.66 ? "female" : "male"))
    )
    const family = pick(random, FAMILY_NAMES)
    const candidate = { group: group.handle, first_name: given.en, last_name: family.en }
    if (makers.some((maker) => makerKey(maker) === makerKey(candidate))) {
      continue
    }
    const master = hasMaster && makers.length === 0
    const consent = master || random() < 0.7
    makers.push({
      ...candidate,
      name_km: `${family.km} ${given.km}`,
      crafts: [group.craft],
      people: group.origin.people,
      // Gender is self-declared; about one maker in twenty leaves it out.
      gender: random() < 0.05 ? null : given.gender,
      consent,
      lhtYear: master ? pick(random, LHT_YEARS) : undefined,
      story: consent
        ? `${given.en} learned ${CRAFT_WORDS[group.craft].skill} at home in ${group.village} ` +
          `and has worked with the ${group.name.en} since ${2004 + Math.floor(random() * 18)}.`
        : undefined,
    })
  }
  return makers
}

/** Bulk group number `index` (from 0), always the same. */
export function bulkGroup(index: number): BulkGroupSpec {
  const random = seededRandom(hashString(`sipakam-bulk-group-${index}`))
  const line = pickLine(random)
  const origin = pick(random, line.origins)
  const first = pick(random, PLACE_WORDS)
  const second = pick(
    random,
    PLACE_WORDS.filter((word) => word !== first)
  )
  const village = text(`${first.en} ${second.en}`, `${first.km}${second.km}`)
  const noun = CRAFT_WORDS[line.craft].group
  const people = labelOf(PEOPLES, origin.people) ?? origin.people
  const nameEn =
    line.craft === "backstrap-weaving"
      ? `${village.en} ${people} ${noun.en}`
      : `${village.en} ${noun.en}`
  const handle = `${slug(nameEn)}-${index + 1}`
  const province = labelOf(PROVINCES, origin.province) ?? origin.province
  const group: Omit<BulkGroupSpec, "makers"> = {
    index,
    handle,
    name: text(nameEn, `${noun.km}${village.km}`),
    province: origin.province,
    village: `Phum ${village.en}, ${province}`,
    story:
      `A village group of ${people} artisans in ${village.en}, ${province}, who sell together ` +
      "what they make at home between the rice seasons.",
    trusted: true,
    commissionRateBps: 1000 + 100 * Math.floor(random() * 11),
    crafts: [{ craft: line.craft, people: origin.people }],
    contacts: { email: `${handle}@groups.sipakam.local`, phone: `+855 12 ${100000 + index}` },
    craft: line.craft,
    origin,
  }
  return { ...group, makers: makersOf(group, random) }
}

const groups = new Map<number, BulkGroupSpec>()
const groupOf = (index: number) => {
  let group = groups.get(index)
  if (!group) {
    group = bulkGroup(index)
    groups.set(index, group)
  }
  return group
}

let demoCatalogue: CatalogueProduct[] | undefined

/** The first `products` bulk products' groups. */
export function bulkGroups(products: number): BulkGroupSpec[] {
  return Array.from({ length: Math.ceil(products / BULK_PRODUCTS_PER_GROUP) }, (_, index) =>
    groupOf(index)
  )
}

/** Prices move up to 20% either way of the demo's, in whole 50 cents. */
const varyPrice = (usd: number, random: Random) =>
  Math.max(100, Math.round((usd * (0.8 + random() * 0.4)) / 50) * 50)

/**
 * Bulk product number `index` (from 0), always the same: an item of its group's craft in one
 * of the line's designs and a colourway or finish, sometimes named after its province, priced
 * near the demo's item, with its group and one or two of the group's makers.
 */
export function bulkProduct(index: number): BulkProductSpec {
  const group = groupOf(Math.floor(index / BULK_PRODUCTS_PER_GROUP))
  const random = seededRandom(hashString(`sipakam-bulk-product-${index}`))
  const line = lineOf(group.craft)
  const item = pick(random, line.items)
  const design = pick(random, designsFor(line, item))
  const base = productOf(line, item, design, index, group.origin)
  const variation = pick(random, TEXTILE_CRAFTS.has(line.craft) ? COLOURWAYS : FINISHES)
  const province = PROVINCES.find((entry) => entry.code === group.origin.province)
  const place = province && random() < 0.3 ? province.labels : undefined
  const title = text(
    `${base.title.en} ${variation.en}${place ? ` from ${place.en}` : ""}`,
    `${base.title.km} ${variation.km}${place ? ` មកពី${place.km}` : ""}`
  )
  const handle = `${slug(title.en)}-${index + 1}`
  const provinceEn = province?.labels.en ?? group.origin.province
  const provinceKm = province?.labels.km ?? group.origin.province
  const product: CatalogueProduct = {
    ...base,
    handle,
    title,
    description: text(
      `${base.description.en} Made by the ${group.name.en} in ${group.village}.`,
      `${base.description.km} ផលិតដោយ${group.name.km} ខេត្ត${provinceKm}។`
    ),
    variants: base.variants.map((variant, variantIndex) => {
      const usd = varyPrice(variant.prices.usd, random)
      return {
        ...variant,
        sku: `SPK-BULK-${index + 1}-${variantIndex + 1}`,
        prices: { usd, eur: eurCentsOf(usd) },
        stock: item.stock === "one-of-a-kind" ? 1 : 1 + Math.floor(random() * 40),
      }
    }),
  }
  demoCatalogue ??= buildCatalogue()
  const heritage = buildHeritageProfiles([product], demoCatalogue).get(handle)
  if (!heritage) {
    throw new Error(`No heritage profile for bulk product ${handle} (${provinceEn})`)
  }
  const credited = group.makers.length > 1 && random() < 0.4 ? 2 : 1
  const first = Math.floor(random() * group.makers.length)
  return {
    index,
    group: group.handle,
    makers: Array.from({ length: credited }, (_, offset) =>
      makerKey(group.makers[(first + offset) % group.makers.length])
    ),
    product,
    heritage,
  }
}
