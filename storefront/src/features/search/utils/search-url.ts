import type { UiState } from "instantsearch.js"

/** The index the shop searches; a sort is encoded in its name (`product/sort/price_usd:asc`). */
export const PRODUCT_INDEX = "product"

export const FACET_ATTRIBUTES = ["craft", "province", "people", "materials", "producer_group"] as const
export type FacetAttributeType = (typeof FACET_ATTRIBUTES)[number]

export const IN_STOCK_ATTRIBUTE = "in_stock"

export type PriceAttributeType = "price_usd" | "price_eur"

export const SORTS = ["price-asc", "price-desc", "newest"] as const
export type SortType = (typeof SORTS)[number]

/**
 * What the shop's URL says, e.g. `/shop?q=silk&craft=hol-silk,cotton-krama&instock=1`.
 * Prices are integer minor units of the region's currency, as the index holds them.
 */
export type SearchRouteStateType = {
  q?: string
  craft?: string[]
  province?: string[]
  people?: string[]
  materials?: string[]
  group?: string[]
  /** "min:max" in minor units; either end may be empty. */
  price?: string
  instock?: boolean
  sort?: SortType
  page?: number
}

/** The URL parameter of each facet: short and readable, `group` for the producer group. */
const FACET_PARAMS: Readonly<Record<FacetAttributeType, "craft" | "province" | "people" | "materials" | "group">> = {
  craft: "craft",
  province: "province",
  people: "people",
  materials: "materials",
  producer_group: "group",
}

/** The index name (with its sort) for a sort of the shop. */
export function indexForSort(sort: SortType | undefined, priceAttribute: PriceAttributeType): string {
  switch (sort) {
    case "price-asc":
      return `${PRODUCT_INDEX}/sort/${priceAttribute}:asc`
    case "price-desc":
      return `${PRODUCT_INDEX}/sort/${priceAttribute}:desc`
    case "newest":
      return `${PRODUCT_INDEX}/sort/created_at:desc`
    default:
      return PRODUCT_INDEX
  }
}

function sortOfIndex(indexName: string | undefined): SortType | undefined {
  const order = indexName?.split("/sort/")[1]
  if (!order) return undefined
  if (order === "created_at:desc") return "newest"
  if (order.endsWith(":asc")) return "price-asc"
  if (order.endsWith(":desc")) return "price-desc"
  return undefined
}

const PRICE_RANGE = /^(\d*):(\d*)$/

/** Maps InstantSearch's state to the URL's and back; prices and sorts use the region's currency. */
export function createSearchStateMapping(priceAttribute: PriceAttributeType) {
  return {
    stateToRoute(uiState: UiState): SearchRouteStateType {
      const state = uiState[PRODUCT_INDEX] ?? {}
      const route: SearchRouteStateType = {}
      if (state.query) route.q = state.query
      for (const attribute of FACET_ATTRIBUTES) {
        const values = state.refinementList?.[attribute]
        if (values?.length) route[FACET_PARAMS[attribute]] = values
      }
      const price = state.range?.[priceAttribute]
      if (price && price !== ":") route.price = price
      if (state.toggle?.[IN_STOCK_ATTRIBUTE]) route.instock = true
      const sort = sortOfIndex(state.sortBy)
      if (sort) route.sort = sort
      if (state.page && state.page > 1) route.page = state.page
      return route
    },
    routeToState(route: SearchRouteStateType): UiState {
      const refinementList: Record<string, string[]> = {}
      for (const attribute of FACET_ATTRIBUTES) {
        const values = route[FACET_PARAMS[attribute]]
        if (values?.length) refinementList[attribute] = values
      }
      return {
        [PRODUCT_INDEX]: {
          query: route.q,
          refinementList,
          range: route.price ? { [priceAttribute]: route.price } : {},
          toggle: route.instock ? { [IN_STOCK_ATTRIBUTE]: true } : {},
          sortBy: route.sort ? indexForSort(route.sort, priceAttribute) : undefined,
          page: route.page,
        },
      }
    },
  }
}

const LIST_PARAMS = ["craft", "province", "people", "materials", "group"] as const

/** Values are vocabulary codes and handles; they stay readable, only what must be is escaped. */
const encode = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ":")

/** The query string of a route, "" when it is empty, else starting with "?". */
export function searchOfRoute(route: SearchRouteStateType): string {
  const parts: string[] = []
  if (route.q) parts.push(`q=${encode(route.q)}`)
  for (const param of LIST_PARAMS) {
    const values = route[param]
    if (values?.length) parts.push(`${param}=${values.map(encode).join(",")}`)
  }
  if (route.price) parts.push(`price=${encode(route.price)}`)
  if (route.instock) parts.push("instock=1")
  if (route.sort) parts.push(`sort=${route.sort}`)
  if (route.page && route.page > 1) parts.push(`page=${route.page}`)
  return parts.length ? `?${parts.join("&")}` : ""
}

/** The route a query string describes; anything malformed is left out. */
export function routeOfSearch(search: string): SearchRouteStateType {
  const params = new URLSearchParams(search)
  const route: SearchRouteStateType = {}
  const q = params.get("q")?.trim()
  if (q) route.q = q
  for (const param of LIST_PARAMS) {
    const values = (params.get(param) ?? "")
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean)
    if (values.length) route[param] = [...new Set(values)]
  }
  const price = params.get("price")
  if (price && PRICE_RANGE.test(price) && price !== ":") route.price = price
  if (params.get("instock") === "1") route.instock = true
  const sort = params.get("sort")
  if (sort && (SORTS as readonly string[]).includes(sort)) route.sort = sort as SortType
  const page = Number(params.get("page"))
  if (Number.isInteger(page) && page > 1) route.page = page
  return route
}
