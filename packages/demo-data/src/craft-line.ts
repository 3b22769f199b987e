import type { CraftCode, MaterialCode, PeopleCode, ProvinceCode } from "@sipakam/shared"

/** A text in English and Khmer, the two languages the demo catalogue is written in. */
export type BilingualText = { en: string; km: string }

/** How many units the stock location holds. */
export type StockProfile = "regular" | "one-of-a-kind"

export type ItemVariantSpec = {
  value: BilingualText
  /** Price in US cents. */
  usd: number
}

/** A kind of object a craft makes (a scarf, a water jar), with its sizes or sets as variants. */
export type ItemSpec = {
  key: string
  /** Lower-case noun phrase; the title puts a design in front of it. */
  name: BilingualText
  about: BilingualText
  option: BilingualText
  variants: ItemVariantSpec[]
  materials: MaterialCode[]
  weightGrams: number
  /** The silhouette the artwork draws. */
  shape: string
  stock?: StockProfile
  /** Designs that make sense for this item; all of the line's designs when absent. */
  designKeys?: string[]
}

/** A pattern, motif or finish that an item is made in. */
export type DesignSpec = {
  key: string
  /** Capitalised adjective phrase put before the item's name in English titles. */
  prefix: string
  /** Put after the item's name in Khmer titles. */
  km: string
  about: BilingualText
  materials?: MaterialCode[]
  /** Added to every variant's price, in US cents. */
  premiumUsd?: number
}

/** Where, and in which people's tradition, a product is made. */
export type OriginSpec = {
  province: ProvinceCode
  people: PeopleCode
  about: BilingualText
}

/** Everything the generator needs to make a craft's share of the catalogue. */
export type CraftLine = {
  craft: CraftCode
  count: number
  summary: BilingualText
  items: ItemSpec[]
  designs: DesignSpec[]
  origins: OriginSpec[]
  technique: BilingualText[]
  care: BilingualText
}

export function text(en: string, km: string): BilingualText {
  return { en, km }
}

export function variant(en: string, km: string, usd: number): ItemVariantSpec {
  return { value: text(en, km), usd }
}

/** The single variant of a unique piece. */
export function oneOfAKind(usd: number): ItemVariantSpec {
  return variant("One of a kind", "ស្នាដៃតែមួយគត់", usd)
}

/** Option titles shared by the lines. */
export const OPTION = {
  colour: text("Colour", "ពណ៌"),
  length: text("Length", "ប្រវែង"),
  size: text("Size", "ទំហំ"),
  set: text("Set", "ឈុត"),
  piece: text("Piece", "ស្នាដៃ"),
} as const satisfies Record<string, BilingualText>
