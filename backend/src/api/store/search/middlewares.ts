import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MedusaStoreRequest,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { createHash } from "crypto"
import type { ICacheService, ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  hasTextQuery,
  normalizeStoreSearchQuery,
  type StoreSearchQueryType,
  withTypoTolerance,
} from "../../../lib/search/normalize-store-search-query"
import { POSTGRES_SEARCH_PROVIDER } from "../../../lib/search/search-providers"

type StoreSearchBodyType = StoreSearchQueryType | { queries: StoreSearchQueryType[] }

/**
 * The Postgres provider forgives typos by trigram similarity over each whole document, which
 * finds look-alikes ("heron" finds "hermit") and reads every row. So it is asked to only when
 * the words as typed find nothing, checked first with a count the full-text index answers.
 * Meilisearch decides typos itself, word by word, from the index settings.
 */
async function forgiveTyposWhenNeeded(
  search: ISearchModuleService,
  query: StoreSearchQueryType
): Promise<StoreSearchQueryType> {
  let provider: string
  try {
    provider = search.getIndex(query.entity).provider
  } catch {
    // An unknown index: the route answers 404 for it.
    return query
  }
  if (provider !== POSTGRES_SEARCH_PROVIDER || !hasTextQuery(query)) {
    return query
  }
  const exact = await search.search({
    entity: query.entity,
    // Validated by Medusa's StoreSearch schema before this middleware runs.
    filters: query.filters as SearchTypes.SearchFilters,
    pagination: { take: 0 },
    search_options: { match_strategy: query.search_options?.match_strategy as "all" | "last" | undefined },
  })
  return exact.metadata.count === 0 ? withTypoTolerance(query) : query
}

/** Runs after Medusa's body validation, so it rewrites what the route reads. */
async function normalizeStoreSearchBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const normalize = (query: StoreSearchQueryType) => forgiveTyposWhenNeeded(search, normalizeStoreSearchQuery(query))
  const body = req.validatedBody as StoreSearchBodyType
  try {
    req.validatedBody = "queries" in body ? { queries: await Promise.all(body.queries.map(normalize)) } : await normalize(body)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * How long a store search answer is reused. Shoppers ask the same things (the catalogue's first
 * page, its facets, a popular word) many times a second at busy hours; answering them again for
 * a few seconds costs the engine nothing and changes stay visible within seconds.
 */
export const STORE_SEARCH_CACHE_SECONDS = 5

/**
 * Reuses a recent answer to the same search (the same body, for the same sales channels)
 * from Medusa's Cache Module, and keeps each new successful answer for a few seconds.
 */
async function reuseRecentSearches(req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const channels = req.publishable_key_context?.sales_channel_ids
  const key = `store-search:${createHash("sha256").update(JSON.stringify([channels, req.validatedBody])).digest("hex")}`
  try {
    const recent = await cache.get(key)
    if (recent) {
      res.json(recent)
      return
    }
  } catch (error) {
    return next(error)
  }
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode === 200) {
      void cache.set(key, body, STORE_SEARCH_CACHE_SECONDS)
    }
    return send(body)
  }
  next()
}

/** The store may search products (published, of active groups: see backend/src/search/product.ts). */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [
      configureStoreSearch({ allowed_indexes: { product: true } }),
      reuseRecentSearches,
      normalizeStoreSearchBody,
    ],
  },
]
