import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import { meilisearchSynonyms } from "./synonyms"

/**
 * The fields of the product search index (backend/src/search/product.ts), shaped by
 * toProductSearchDocument. Weights order the searchable fields: titles, then who made it and
 * what it is, then descriptions. Khmer prose (descriptions, techniques) is searchable through its
 * words in `search_terms`; long texts are not returned with hits (cards do not show them).
 *
 * There is no filterable `status` or `sales_channel_ids`: only products on sale in the store
 * (published, in a sales channel, of an active group) get a document, and the store has one sales
 * channel. Medusa's route would otherwise add both as filters to every query, and the Postgres
 * provider's containment filter over every document makes PostgreSQL's planner read the whole
 * index instead of its full-text index (1.3 s instead of 90 ms for "silk scarf" on 10,000
 * products). A store with several sales channels would index them again.
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
  technique: search.text().searchable({ weight: 4 }).retrievable(false),
  search_terms: search.text().array().searchable({ weight: 3 }).retrievable(false),
  description: search.text().searchable({ weight: 1 }).retrievable(false),
  description_fr: search.text().searchable({ weight: 1 }).retrievable(false),
  thumbnail: search.keyword(),
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
