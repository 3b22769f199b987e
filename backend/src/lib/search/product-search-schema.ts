import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import { meilisearchSynonyms } from "./synonyms"

/**
 * The fields of the product search index (backend/src/search/product.ts), shaped by
 * toProductSearchDocument. Weights order the searchable fields: titles, then who made it and
 * what it is, then descriptions.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 10 }),
  title_km: search.text().searchable({ weight: 10 }),
  title_fr: search.text().searchable({ weight: 8 }),
  producer_group_name: search.text().searchable({ weight: 6 }),
  makers: search.keyword().array().searchable({ weight: 6 }).filterable().facetable(),
  heritage_terms: search.text().array().searchable({ weight: 5 }).retrievable(false),
  technique: search.text().searchable({ weight: 4 }),
  search_terms: search.text().array().searchable({ weight: 3 }).retrievable(false),
  description: search.text().searchable({ weight: 1 }),
  description_km: search.text().searchable({ weight: 1 }),
  description_fr: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  craft: search.keyword().filterable().facetable(),
  materials: search.keyword().array().filterable().facetable(),
  province: search.keyword().filterable().facetable(),
  people: search.keyword().filterable().facetable(),
  producer_group: search.keyword().filterable().facetable(),
  is_lht: search.boolean().filterable().facetable(),
  price_usd: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  price_eur: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().sortable(),
})

export const productSearchSettings: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true },
  provider_options: { meilisearch: { synonyms: meilisearchSynonyms() } },
}
