import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MedusaStoreRequest,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { createHash } from "crypto"
import type { ICacheService, ISearchModuleService, RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { normalizeStoreSearchQuery, type StoreSearchQueryType } from "../../../lib/search/normalize-store-search-query"
import { storeSearchLexicon } from "../../../lib/search/search-lexicon"
import { correctQuery } from "../../../lib/search/typo-correction"
import { POSTGRES_SEARCH_PROVIDER } from "../../../lib/search/search-providers"

type StoreSearchBodyType = StoreSearchQueryType | { queries: StoreSearchQueryType[] }

/**
 * The Postgres provider forgives typos by trigram similarity over each whole document, which
 * reads every document (13 s for "silck scarf" on 10,000 products) and finds look-alikes ("heron"
 * finds "hermit"). So the store does what Meilisearch does word by word: when the words as typed
 * find nothing (a count the full-text index answers), each misspelt word is replaced by the
 * closest word the store knows (see typo-correction.ts). Meilisearch decides typos itself, from
 * the index settings.
 */
async function correctTyposWhenNeeded(
  search: ISearchModuleService,
  query: RemoteQueryFunction,
  searchQuery: StoreSearchQueryType
): Promise<StoreSearchQueryType> {
  let provider: string
  try {
    provider = search.getIndex(searchQuery.entity).provider
  } catch {
    // An unknown index: the route answers 404 for it.
    return searchQuery
  }
  const q = searchQuery.filters?.q
  if (provider !== POSTGRES_SEARCH_PROVIDER || typeof q !== "string" || !q.trim()) {
    return searchQuery
  }
  // Read (or refreshed) at the first text search, so the first misspelt one rarely waits for it.
  const lexicon = storeSearchLexicon(query)
  lexicon.catch(() => undefined)
  const matchStrategy = searchQuery.search_options?.match_strategy as "all" | "last" | undefined
  const exact = await search.search({
    entity: searchQuery.entity,
    // Validated by Medusa's StoreSearch schema before this middleware runs.
    filters: searchQuery.filters as SearchTypes.SearchFilters,
    pagination: { take: 0 },
    search_options: { match_strategy: matchStrategy },
  })
  if (exact.metadata.count !== 0) {
    return searchQuery
  }
  const corrected = correctQuery(q, await lexicon, { lastWordIsPrefix: matchStrategy === "last" })
  return corrected ? { ...searchQuery, filters: { ...searchQuery.filters, q: corrected } } : searchQuery
}

/** Runs after Medusa's body validation, so it rewrites what the route reads. */
async function normalizeStoreSearchBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const normalize = (searchQuery: StoreSearchQueryType) =>
    correctTyposWhenNeeded(search, query, normalizeStoreSearchQuery(searchQuery))
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

/** Answers being computed right now, by key: the same search asked again meanwhile waits for it. */
const searchesInFlight = new Map<string, Promise<unknown>>()

/**
 * Reuses a recent answer to the same search (the same body, for the same sales channels) from
 * Medusa's Cache Module, and keeps each new successful answer for a few seconds. The same search
 * asked while it is being answered waits for that answer instead of asking the engine again.
 */
async function reuseRecentSearches(req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const channels = req.publishable_key_context?.sales_channel_ids
  const key = `store-search:${createHash("sha256").update(JSON.stringify([channels, req.validatedBody])).digest("hex")}`
  const inFlight = searchesInFlight.get(key)
  if (inFlight) {
    const shared = await inFlight
    if (shared) {
      res.json(shared)
      return
    }
  }
  // Registered before anything is awaited, so the same search arriving meanwhile waits for this one.
  let settle: (body: unknown) => void = () => undefined
  const answer = new Promise((resolve) => (settle = resolve))
  searchesInFlight.set(key, answer)
  const finish = (body: unknown) => {
    if (searchesInFlight.get(key) === answer) {
      searchesInFlight.delete(key)
    }
    // Waiting requests get the answer only when it is one to share; otherwise they search.
    settle(body)
  }
  let recent: unknown
  try {
    recent = await cache.get(key)
  } catch (error) {
    finish(undefined)
    return next(error)
  }
  if (recent) {
    finish(recent)
    res.json(recent)
    return
  }
  res.on("close", () => finish(undefined))
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    const shared = res.statusCode === 200 ? body : undefined
    if (shared) {
      void cache.set(key, shared, STORE_SEARCH_CACHE_SECONDS)
    }
    finish(shared)
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
