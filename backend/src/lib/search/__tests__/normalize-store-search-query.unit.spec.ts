import { normalizeStoreSearchQuery } from "../normalize-store-search-query"

const query = {
  entity: "product",
  filters: { q: "កន្សែងសូត្រ", craft: "hol-silk" },
  search_options: { match_strategy: "last", typo_tolerance: false },
}

describe("normalizeStoreSearchQuery", () => {
  it("spaces Khmer words in the text query and keeps the other filters", () => {
    expect(normalizeStoreSearchQuery(query).filters).toEqual({ q: "កន្សែង សូត្រ", craft: "hol-silk" })
  })

  it("drops the client's say on typo tolerance", () => {
    expect(normalizeStoreSearchQuery(query).search_options).toEqual({ match_strategy: "last" })
  })

  it("leaves a query without text alone", () => {
    expect(normalizeStoreSearchQuery({ entity: "product" })).toEqual({
      entity: "product",
      filters: undefined,
      search_options: {},
    })
  })
})
