import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
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

/** The store may search products (published, of active groups: see backend/src/search/product.ts). */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [configureStoreSearch({ allowed_indexes: { product: true } }), normalizeStoreSearchBody],
  },
]
