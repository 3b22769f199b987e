import path from "path"
import type { SearchTypes } from "@medusajs/framework/types"
import { productSearchFields, productSearchSettings } from "../product-search-schema"
import { normalizeStoreSearchQuery } from "../normalize-store-search-query"
import { MEILISEARCH_PROVIDER } from "../search-providers"

/**
 * What Meilisearch receives for our index and our store queries, computed by the provider's own
 * code (no server is needed: these are the settings and requests it would send). The provider's
 * helpers are not in its package exports, so they are loaded by path.
 */
const providerUtils = path.join(
  path.dirname(require.resolve("@rokmohar/medusa-plugin-meilisearch/package.json")),
  ".medusa/server/src/providers/meilisearch/utils"
)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIndexPlan } = require(path.join(providerUtils, "settings.js"))
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { planSearch } = require(path.join(providerUtils, "query.js"))

type IndexPlanType = {
  primaryKey: string
  searchableAttributes: string[]
  settings: {
    searchableAttributes: string[]
    filterableAttributes: string[]
    sortableAttributes: string[]
    displayedAttributes: string[]
    typoTolerance?: { enabled?: boolean }
    synonyms?: Record<string, string[]>
  }
}

const resolvedIndex: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  fields: productSearchFields.toFields(),
  seed: async function* () {},
  primary_key: "id",
  provider: MEILISEARCH_PROVIDER,
  settings: productSearchSettings,
  definition_hash: "test",
  physical_name: "product_v1",
}

describe("the product index on Meilisearch", () => {
  const plan: IndexPlanType = buildIndexPlan(resolvedIndex, {})

  it("ranks titles first and descriptions last among the searchable fields", () => {
    expect(plan.settings.searchableAttributes.slice(0, 3)).toEqual(["title", "title_km", "title_fr"])
    expect(plan.settings.searchableAttributes.slice(-2)).toEqual(["description", "description_fr"])
  })

  it("filters and facets by the heritage fields, price and stock", () => {
    expect(plan.settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "craft",
        "province",
        "people",
        "materials",
        "producer_group",
        "makers",
        "is_lht",
        "price_usd",
        "price_eur",
        "in_stock",
      ])
    )
    expect(plan.settings.sortableAttributes).toEqual(expect.arrayContaining(["price_usd", "price_eur"]))
    expect(plan.settings.sortableAttributes.some((attribute) => attribute.startsWith("created_at"))).toBe(true)
  })

  it("keeps index-only text off the hits", () => {
    expect(plan.settings.displayedAttributes).not.toContain("search_terms")
    expect(plan.settings.displayedAttributes).not.toContain("heritage_terms")
    expect(plan.settings.displayedAttributes).not.toContain("description")
    expect(plan.settings.displayedAttributes).toContain("title_km")
  })

  it("tolerates typos and knows the synonyms", () => {
    expect(plan.settings.typoTolerance).toMatchObject({ enabled: true })
    expect(plan.settings.synonyms?.krama).toEqual(["scarf", "scarves"])
    expect(plan.settings.synonyms?.sbek).toContain("shadow puppet")
  })

  it("turns a store query, as our middleware leaves it, into a Meilisearch request", () => {
    const query = normalizeStoreSearchQuery({
      entity: "product",
      filters: { q: "silk", craft: { $in: ["hol-silk", "phamuong-silk"] }, price_usd: { $lte: 5000 } },
      search_options: { match_strategy: "last", typo_tolerance: true, facets: ["craft", "province"] },
    })
    const { q, ...filters } = query.filters ?? {}
    const request = planSearch(
      {
        index: resolvedIndex,
        q,
        filters,
        pagination: { take: 12, order: { price_usd: "ASC" } },
        attributes_to_retrieve: ["id", "title", "price_usd"],
        search_options: query.search_options,
      },
      plan
    )
    const main = JSON.stringify(request)

    expect(main).toContain('"matchingStrategy":"last"')
    expect(main).toContain("hol-silk")
    expect(main).toContain("price_usd")
    expect(main).toContain('"facets":["craft","province"]')
  })
})
