import { labelOf, PEOPLES, PROVINCES, type CraftCode } from "@sipakam/shared"
import {
  CRAFT_LINES,
  hashString,
  seededRandom,
  text,
  type BilingualText,
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

/** Village names are two common Khmer place words, e.g. "Trapeang Russey". */
const PLACE_WORDS: BilingualText[] = [
  text("Trapeang", "ត្រពាំង"),
  text("Prey", "ព្រៃ"),
  text("Svay", "ស្វាយ"),
  text("Kok", "គោក"),
  text("Thmei", "ថ្មី"),
  text("Chas", "ចាស់"),
  text("Veng", "វែង"),
  text("Chrey", "ជ្រៃ"),
  text("Roka", "រកា"),
  text("Boeng", "បឹង"),
  text("Kandal", "កណ្ដាល"),
  text("Thom", "ធំ"),
  text("Krasang", "ក្រសាំង"),
  text("Sre", "ស្រែ"),
  text("Ampil", "អំពិល"),
  text("Doung", "ដូង"),
  text("Russey", "ឫស្សី"),
  text("Chheu Teal", "ឈើទាល"),
  text("Tnaot", "ត្នោត"),
  text("Kralanh", "ក្រឡាញ់"),
]

/** What a group of each craft calls itself, and how its makers' stories name the skill. */
const CRAFT_WORDS: Record<CraftCode, { group: BilingualText; skill: string }> = {
  "hol-silk": { group: text("Silk Weavers", "ក្រុមត្បាញសូត្រ"), skill: "to tie and weave hol" },
  "phamuong-silk": { group: text("Silk Weavers", "ក្រុមត្បាញសូត្រ"), skill: "to weave phamuong" },
  "cotton-krama": { group: text("Krama Weavers", "ក្រុមត្បាញក្រមា"), skill: "to weave krama" },
  "backstrap-weaving": { group: text("Weavers", "ក្រុមត្បាញ"), skill: "to weave on the backstrap loom" },
  basketry: { group: text("Basket Weavers", "ក្រុមត្បាញកន្ត្រក"), skill: "to weave rattan and bamboo" },
  pottery: { group: text("Potters", "ក្រុមស្មូនឆ្នាំង"), skill: "to shape pots with paddle and anvil" },
  silverwork: { group: text("Silversmiths", "ក្រុមជាងប្រាក់"), skill: "to raise and chase silver" },
  "stone-carving": { group: text("Stone Carvers", "ក្រុមជាងចម្លាក់ថ្ម"), skill: "to carve sandstone" },
  "wood-carving": { group: text("Woodcarvers", "ក្រុមជាងឆ្លាក់ឈើ"), skill: "to carve wood" },
  lacquer: { group: text("Lacquer Workshop", "រោងជាងម្រ័ក្សណ៍"), skill: "to lay lacquer and gold leaf" },
  "sbek-thom": { group: text("Sbek Thom Workshop", "រោងជាងស្បែកធំ"), skill: "to cut shadow puppets from hide" },
  "musical-instruments": {
    group: text("Instrument Makers", "ក្រុមជាងឧបករណ៍តន្ត្រី"),
    skill: "to build and tune tro and chapei",
  },
}

const TEXTILES = new Set<CraftCode>(["hol-silk", "phamuong-silk", "cotton-krama", "backstrap-weaving"])

/** Colourways of cloth and finishes of objects: what tells two otherwise equal items apart. */
const COLOURWAYS: BilingualText[] = [
  text("in lac red", "ពណ៌ក្រហមល័ក្ខ"),
  text("in indigo", "ពណ៌ខៀវត្រាំ"),
  text("in prohut yellow", "ពណ៌លឿងប្រហូត"),
  text("in ebony black", "ពណ៌ខ្មៅមក្លឿ"),
  text("in natural white", "ពណ៌សធម្មជាតិ"),
  text("in forest green", "ពណ៌បៃតងព្រៃ"),
  text("in saffron", "ពណ៌លឿងទុំ"),
  text("in lotus pink", "ពណ៌ផ្កាឈូក"),
  text("in sky blue", "ពណ៌ខៀវមេឃ"),
  text("in rust brown", "ពណ៌ត្នោតច្រែះ"),
  text("in deep purple", "ពណ៌ស្វាយចាស់"),
  text("in turmeric gold", "ពណ៌លឿងរមៀត"),
]
const FINISHES: BilingualText[] = [
  text("(small)", "ខ្នាតតូច"),
  text("(large)", "ខ្នាតធំ"),
  text("with antique finish", "ពណ៌បុរាណ"),
  text("heirloom edition", "ស្នាដៃកេរដំណែល"),
  text("gift edition", "សម្រាប់ជាកាដូ"),
  text("village edition", "ស្នាដៃភូមិ"),
  text("hand-finished", "បញ្ចប់ដោយដៃ"),
  text("natural finish", "ពណ៌ធម្មជាតិ"),
]

type Name = BilingualText & { gender: "female" | "male" }
const GIVEN_NAMES: Name[] = [
  ...[
    text("Sophea", "សុភា"),
    text("Srey Mom", "ស្រីមុំ"),
    text("Chanthy", "ចាន់ធី"),
    text("Bopha", "បុប្ផា"),
    text("Sokha", "សុខា"),
    text("Kolab", "កុលាប"),
    text("Pisey", "ពិសី"),
    text("Rachana", "រចនា"),
    text("Chenda", "ចិន្ដា"),
    text("Malis", "ម្លិះ"),
    text("Sreyleak", "ស្រីល័ក្ខ"),
    text("Vanna", "វណ្ណា"),
    text("Dany", "ដានី"),
    text("Sopheap", "សុភាព"),
    text("Thida", "ធីតា"),
  ].map((name) => ({ ...name, gender: "female" as const })),
  ...[
    text("Dara", "ដារ៉ា"),
    text("Sokhom", "សុខុម"),
    text("Vuthy", "វុទ្ធី"),
    text("Rithy", "រិទ្ធី"),
    text("Samnang", "សំណាង"),
    text("Sovann", "សុវណ្ណ"),
    text("Pheakdey", "ភក្ដី"),
    text("Narith", "ណារិទ្ធ"),
    text("Visal", "វិសាល"),
    text("Kosal", "កុសល"),
  ].map((name) => ({ ...name, gender: "male" as const })),
]
const FAMILY_NAMES: BilingualText[] = [
  text("Chan", "ចាន់"),
  text("Sok", "សុខ"),
  text("Keo", "កែវ"),
  text("Meas", "មាស"),
  text("Heng", "ហេង"),
  text("Ly", "លី"),
  text("Nhem", "ញឹម"),
  text("Pen", "ប៉ិន"),
  text("Chea", "ជា"),
  text("Som", "សោម"),
  text("Khiev", "ខៀវ"),
  text("Prak", "ប្រាក់"),
  text("Mao", "ម៉ៅ"),
  text("Ouk", "អ៊ុក"),
  text("Yim", "យឹម"),
  text("Touch", "ទូច"),
]

/** Years Living Human Treasures were named (the first 17 in 2012). */
const LHT_YEARS = [2012, 2014, 2016, 2018, 2021]

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
  const variation = pick(random, TEXTILES.has(line.craft) ? COLOURWAYS : FINISHES)
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
