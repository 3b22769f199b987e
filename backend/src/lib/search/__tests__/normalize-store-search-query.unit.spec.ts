import { normalizeStoreSearchQuery } from "../normalize-store-search-query"
import { MEILISEARCH_PROVIDER, POSTGRES_SEARCH_PROVIDER } from "../search-providers"

const query = {
  entity: "product",
  filters: { q: "កន្សែងសូត្រ", craft: "hol-silk" },
  search_options: { match_strategy: "last", typo_tolerance: false },
}

describe("normalizeStoreSearchQuery", () => {
  it("spaces Khmer words in the text query and keeps the other filters", () => {
    const normalized = normalizeStoreSearchQuery(query, POSTGRES_SEARCH_PROVIDER)

    expect(normalized.filters).toEqual({ q: "កន្សែង សូត្រ", craft: "hol-silk" })
  })

  it("always forgives typos on the Postgres provider", () => {
    const normalized = normalizeStoreSearchQuery(query, POSTGRES_SEARCH_PROVIDER)

    expect(normalized.search_options).toEqual({ match_strategy: "last", typo_tolerance: true })
  })

  it("leaves typo tolerance to Meilisearch's index settings", () => {
    const normalized = normalizeStoreSearchQuery(query, MEILISEARCH_PROVIDER)

    expect(normalized.search_options).toEqual({ match_strategy: "last" })
  })

  it("leaves a query without text alone", () => {
    const normalized = normalizeStoreSearchQuery({ entity: "product" }, MEILISEARCH_PROVIDER)

    expect(normalized).toEqual({ entity: "product", filters: undefined, search_options: {} })
  })
})
