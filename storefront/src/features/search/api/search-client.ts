import type { ComponentProps } from "react"
import { createInstantSearchAdapter, type MedusaSdkLike } from "@medusajs/instantsearch-adapter"
import type { InstantSearch } from "react-instantsearch"
import { getSdk } from "@/lib/sdk"

type SearchClientType = ComponentProps<typeof InstantSearch>["searchClient"]

let searchClient: SearchClientType | undefined

/**
 * InstantSearch's client for `POST /store/search`, through the storefront's one Medusa client
 * (which sends the publishable key). Prices are numeric attributes, so range widgets get stats.
 */
export function getSearchClient(): SearchClientType {
  if (!searchClient) {
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
    // The adapter implements the search client InstantSearch calls (search, searchForFacetValues)
    // but is typed without Algolia's client types, which InstantSearch's prop is declared with.
    searchClient = adapter.searchClient as unknown as SearchClientType
  }
  return searchClient
}
