import { describe, expect, it } from "vitest"
import {
  createSearchStateMapping,
  indexForSort,
  routeOfSearch,
  searchOfRoute,
} from "@/features/search/utils/search-url"

describe("search URL", () => {
  it("writes a readable query string that can be shared", () => {
    expect(searchOfRoute({ q: "silk scarf", craft: ["hol-silk", "cotton-krama"], instock: true })).toBe(
      "?q=silk%20scarf&craft=hol-silk,cotton-krama&instock=1"
    )
    expect(searchOfRoute({})).toBe("")
  })

  it("reads back what it wrote", () => {
    const route = {
      q: "krama",
      craft: ["cotton-krama"],
      province: ["takeo"],
      group: ["prey-kabbas-silk-weavers"],
      price: "1000:5000",
      instock: true,
      sort: "price-desc" as const,
      page: 3,
    }
    expect(routeOfSearch(searchOfRoute(route))).toEqual(route)
  })

  it("ignores what it does not understand", () => {
    expect(routeOfSearch("?q=%20&price=cheap&sort=random&page=-2&instock=yes&lang=km")).toEqual({})
  })
})

describe("createSearchStateMapping", () => {
  const mapping = createSearchStateMapping("price_eur")

  it("turns InstantSearch's state into the URL's, with the region's price attribute", () => {
    expect(
      mapping.stateToRoute({
        product: {
          query: "silk",
          refinementList: { craft: ["hol-silk"], producer_group: ["prey-kabbas"] },
          range: { price_eur: "2000:" },
          toggle: { in_stock: true },
          sortBy: indexForSort("price-asc", "price_eur"),
          page: 2,
        },
      })
    ).toEqual({
      q: "silk",
      craft: ["hol-silk"],
      group: ["prey-kabbas"],
      price: "2000:",
      instock: true,
      sort: "price-asc",
      page: 2,
    })
  })

  it("turns the URL's state into InstantSearch's", () => {
    expect(mapping.routeToState({ q: "silk", craft: ["hol-silk"], sort: "newest" })).toEqual({
      product: {
        query: "silk",
        refinementList: { craft: ["hol-silk"] },
        range: {},
        toggle: {},
        sortBy: "product/sort/created_at:desc",
        page: undefined,
      },
    })
  })
})
