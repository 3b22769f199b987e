import type { ComponentProps } from "react"
import {
  createInstantSearchAdapter,
  type InstantSearchRequest,
  type MedusaSdkLike,
  type SearchClient,
} from "@medusajs/instantsearch-adapter"
import type { InstantSearch } from "react-instantsearch"
import { getSdk } from "@/lib/sdk"

type SearchClientType = ComponentProps<typeof InstantSearch>["searchClient"]

let adapterClient: SearchClient | undefined

/**
 * InstantSearch's client for `POST /store/search`, through the storefront's one Medusa client
 * (which sends the publishable key). Prices are numeric attributes, so range widgets get stats.
 */
function getAdapterClient(): SearchClient {
  if (!adapterClient) {
    const { client } = getSdk()
    // The adapter types its bodies as `unknown`; they are the search queries it builds (objects).
    const sdk: MedusaSdkLike = {
      client: {
        fetch: (path, init) =>
          client.fetch(path, {
            method: init?.method,
            headers: init?.headers,
            body: init?.body as Record<string, unknown>,
          }),
      },
    }
    const adapter = createInstantSearchAdapter({
      sdk,
      path: "/store/search",
      numericAttributes: ["price_usd", "price_eur"],
      // Search as you type: the last word is matched as a prefix. Typos are the backend's call.
      additionalSearchParameters: { search_options: { match_strategy: "last" } },
    })
    adapterClient = adapter.searchClient
  }
  return adapterClient
}

/** A request as InstantSearch sends it (parameters as an object), without facet values. */
function withoutFacetValues(request: InstantSearchRequest): InstantSearchRequest {
  return typeof request.params === "object" ? { ...request, params: { ...request.params, facets: [] } } : request
}

export type FacetsOnDemandClientType = {
  searchClient: SearchClientType
  /** Facet values are asked for from now on; true when that is new (search again to get them). */
  requestFacets: () => boolean
}

/**
 * The shop's search client, which can leave facet values (the filters' choices and counts) out
 * of its requests until they are shown. They are the costliest part of a search: on 10,000
 * products the Postgres provider takes about 1.8 s for the shop's first page with its facets and
 * 60 ms without. A phone keeps the filters in a drawer, so its results need not wait for them.
 * Chosen filters still apply: they are sent as filters, not as facets.
 */
export function createFacetsOnDemandClient(facetsWanted: boolean): FacetsOnDemandClientType {
  const client = getAdapterClient()
  let wanted = facetsWanted
  const searchClient: SearchClient = {
    search: (requests) => client.search(wanted ? requests : requests.map(withoutFacetValues)),
    searchForFacetValues: (requests) => client.searchForFacetValues(requests),
    clearCache: () => client.clearCache(),
  }
  return {
    // The adapter implements the search client InstantSearch calls (search, searchForFacetValues)
    // but is typed without Algolia's client types, which InstantSearch's prop is declared with.
    searchClient: searchClient as unknown as SearchClientType,
    requestFacets: () => {
      const isNew = !wanted
      wanted = true
      return isNew
    },
  }
}
