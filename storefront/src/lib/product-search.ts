import type { LanguageType } from "@/lib/i18n"
import { getSdk } from "@/lib/sdk"

/**
 * One product as the search index (`POST /store/search`, index `product`) returns it. Prices are
 * the lowest variant's, in integer minor units; vocabulary fields hold codes, not labels.
 */
export type ProductSearchDocumentType = {
  id: string
  handle: string
  title: string
  title_km?: string | null
  title_fr?: string | null
  thumbnail?: string | null
  craft?: string | null
  materials?: string[] | null
  province?: string | null
  people?: string | null
  producer_group?: string | null
  producer_group_name?: string | null
  makers?: string[] | null
  is_lht?: boolean | null
  price_usd?: number | null
  price_eur?: number | null
  in_stock?: boolean | null
}

/** The index field holding prices in a region's currency (USD and EUR are indexed; else USD). */
export function priceAttributeFor(currencyCode: string): "price_usd" | "price_eur" {
  return currencyCode.toLowerCase() === "eur" ? "price_eur" : "price_usd"
}

/** The currency of a price attribute: what the amounts in it are minor units of. */
export function currencyOfPriceAttribute(attribute: "price_usd" | "price_eur"): string {
  return attribute === "price_eur" ? "eur" : "usd"
}

/** The title in the shopper's language when the index has it (Khmer, French), else English. */
export function localizedTitle(document: ProductSearchDocumentType, language: LanguageType): string {
  if (language === "km" && document.title_km) return document.title_km
  if (language === "fr" && document.title_fr) return document.title_fr
  return document.title
}

/** The body of `POST /store/search` for products. */
export type ProductSearchQueryType = {
  entity: "product"
  filters?: Record<string, unknown>
  pagination?: { take?: number; skip?: number; order?: Record<string, "ASC" | "DESC"> }
  search_options?: Record<string, unknown>
}

/** A facet's values over the whole result, each with how many products have it. */
export type ProductSearchFacetType = { values?: { value: string; count: number }[] }

export type ProductSearchResultType = {
  hits: { id: string; document: ProductSearchDocumentType }[]
  facets?: Record<string, ProductSearchFacetType>
  metadata: { count: number | null }
}

/** One query of the product index (`POST /store/search`): its result, whichever shape it comes in. */
export async function searchProductIndex(body: ProductSearchQueryType): Promise<ProductSearchResultType | undefined> {
  const answer = await getSdk().client.fetch<ProductSearchResultType | { results: ProductSearchResultType[] }>(
    "/store/search",
    { method: "POST", body }
  )
  return "results" in answer ? answer.results[0] : answer
}
