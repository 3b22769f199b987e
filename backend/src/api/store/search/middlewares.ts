import {
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  normalizeStoreSearchQuery,
  type StoreSearchQueryType,
} from "../../../lib/search/normalize-store-search-query"

type StoreSearchBodyType = StoreSearchQueryType | { queries: StoreSearchQueryType[] }

/** Runs after Medusa's body validation, so it rewrites what the route reads. */
function normalizeStoreSearchBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const normalize = (query: StoreSearchQueryType) => {
    let provider: string
    try {
      provider = search.getIndex(query.entity).provider
    } catch {
      // An unknown index: the route answers 404 for it.
      return query
    }
    return normalizeStoreSearchQuery(query, provider)
  }
  const body = req.validatedBody as StoreSearchBodyType
  req.validatedBody = "queries" in body ? { queries: body.queries.map(normalize) } : normalize(body)
  next()
}

/** The store may search products (published, of active groups: see backend/src/search/product.ts). */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [configureStoreSearch({ allowed_indexes: { product: true } }), normalizeStoreSearchBody],
  },
]
