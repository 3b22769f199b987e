import {
  CRAFTS,
  fromMedusaAmount,
  MATERIALS,
  PEOPLES,
  PROVINCES,
  UI_LANGUAGES,
  type VocabularyEntry,
} from "@sipakam/shared"
import { khmerWords } from "./khmer"
import { synonymsFor } from "./synonyms"
import { ProducerGroupStatus } from "../../modules/producer/producer-group-status"

/** A product as the search index reads it through `query.graph` (see PRODUCT_SEARCH_GRAPH_FIELDS). */
export type ProductSearchRowType = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  status: string
  created_at: string | Date
  sales_channels?: { id: string }[] | null
  variants?:
    | {
        manage_inventory: boolean | null
        prices?: { amount: number | string; currency_code: string; rules_count?: number | null }[] | null
        inventory_items?:
          | {
              inventory?: {
                location_levels?:
                  | { stocked_quantity: number | string; reserved_quantity: number | string }[]
                  | null
              } | null
            }[]
          | null
      }[]
    | null
  producer_group?: { id: string; handle: string; name: string; status: string } | null
  makers?:
    | { display_name: string; has_public_profile: boolean; is_living_human_treasure: boolean }[]
    | null
  heritage_profile?: {
    id: string
    craft: string
    technique: string | null
    materials: string[] | null
    natural_dyes: string[] | null
    province: string
    people: string | null
  } | null
}

/** The query.graph selection the rows above are read with. */
export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "sales_channels.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "producer_group.id",
  "producer_group.handle",
  "producer_group.name",
  "producer_group.status",
  "makers.display_name",
  "makers.has_public_profile",
  "makers.is_living_human_treasure",
  "heritage_profile.id",
  "heritage_profile.craft",
  "heritage_profile.technique",
  "heritage_profile.materials",
  "heritage_profile.natural_dyes",
  "heritage_profile.province",
  "heritage_profile.people",
]

/** Translated texts of one record (a product, its heritage profile or its group), per field. */
export type RecordTranslationsType = Partial<Record<string, string>>

/** Khmer and French texts of the records a product document draws on, keyed by record id. */
export type SearchTranslationsType = {
  km: Map<string, RecordTranslationsType>
  fr: Map<string, RecordTranslationsType>
}

export type ProductSearchDocumentType = {
  id: string
  handle: string
  title: string
  title_km: string | null
  title_fr: string | null
  description: string | null
  description_fr: string | null
  thumbnail: string | null
  craft: string | null
  technique: string | null
  materials: string[]
  province: string | null
  people: string | null
  producer_group: string
  producer_group_name: string
  makers: string[]
  is_lht: boolean
  price_usd: number | null
  price_eur: number | null
  in_stock: boolean
  created_at: string
  heritage_terms: string[]
  search_terms: string[]
}

const PUBLISHED_STATUS = "published"

function labelsOf(entries: readonly VocabularyEntry[], codes: (string | null | undefined)[]): string[] {
  return codes.flatMap((code) => {
    const entry = entries.find((candidate) => candidate.code === code)
    return entry ? UI_LANGUAGES.map((language) => entry.labels[language]).filter(Boolean) : []
  })
}

function lowestPrice(row: ProductSearchRowType, currency: string): number | null {
  const amounts = (row.variants ?? []).flatMap((variant) =>
    (variant.prices ?? [])
      // Rule-based prices (a region's, a price list's) are not what everyone pays.
      .filter((price) => price.currency_code === currency && !price.rules_count)
      .map((price) => fromMedusaAmount(price.amount, currency))
  )
  return amounts.length ? Math.min(...amounts) : null
}

function isInStock(row: ProductSearchRowType): boolean {
  return (row.variants ?? []).some((variant) => {
    if (!variant.manage_inventory) {
      return true
    }
    return (variant.inventory_items ?? []).some((item) =>
      (item.inventory?.location_levels ?? []).some(
        (level) => Number(level.stocked_quantity) - Number(level.reserved_quantity) > 0
      )
    )
  })
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))]
}

/**
 * The search document of a product, or null when the store must not find it: not published,
 * in no sales channel, or its group is not active. Makers appear by name only with their consent (the public
 * projection already holds "An artisan of <group>" otherwise, which is not a name to index).
 */
export function toProductSearchDocument(
  row: ProductSearchRowType,
  translations: SearchTranslationsType
): ProductSearchDocumentType | null {
  const group = row.producer_group
  const onSale = row.status === PUBLISHED_STATUS && Boolean(row.sales_channels?.length)
  if (!onSale || !group || group.status !== ProducerGroupStatus.ACTIVE) {
    return null
  }
  const heritage = row.heritage_profile ?? null
  const km = (id: string | undefined, field: string) => (id ? translations.km.get(id)?.[field] ?? null : null)
  const fr = (id: string | undefined, field: string) => (id ? translations.fr.get(id)?.[field] ?? null : null)

  const makers = unique(
    (row.makers ?? []).filter((maker) => maker.has_public_profile).map((maker) => maker.display_name)
  )
  const materials = unique([...(heritage?.materials ?? []), ...(heritage?.natural_dyes ?? [])])
  const heritageTerms = unique([
    ...labelsOf(CRAFTS, [heritage?.craft]),
    ...labelsOf(PROVINCES, [heritage?.province]),
    ...labelsOf(PEOPLES, [heritage?.people]),
    ...labelsOf(MATERIALS, materials),
  ])

  const titleKm = km(row.id, "title")
  const descriptionKm = km(row.id, "description")
  const englishText = [row.title, row.description, heritage?.technique, ...labelsOf(CRAFTS, [heritage?.craft])]
    .filter(Boolean)
    .join(" ")
  // Khmer prose is indexed as its words only: unspaced, a whole sentence would be one token.
  const khmerText = [titleKm, descriptionKm, km(heritage?.id, "technique"), km(group.id, "name"), ...heritageTerms]
    .filter(Boolean)
    .join(" ")

  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    title_km: titleKm,
    title_fr: fr(row.id, "title"),
    description: row.description,
    description_fr: fr(row.id, "description"),
    thumbnail: row.thumbnail,
    craft: heritage?.craft ?? null,
    technique: heritage?.technique ?? null,
    materials,
    province: heritage?.province ?? null,
    people: heritage?.people ?? null,
    producer_group: group.handle,
    producer_group_name: group.name,
    makers,
    is_lht: (row.makers ?? []).some((maker) => maker.has_public_profile && maker.is_living_human_treasure),
    price_usd: lowestPrice(row, "usd"),
    price_eur: lowestPrice(row, "eur"),
    in_stock: isInStock(row),
    created_at: new Date(row.created_at).toISOString(),
    heritage_terms: heritageTerms,
    // Khmer split into words, and the synonyms of what the product is called.
    search_terms: unique([...khmerWords(khmerText), ...synonymsFor(englishText)]),
  }
}
