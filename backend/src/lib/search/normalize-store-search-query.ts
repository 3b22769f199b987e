import { POSTGRES_SEARCH_PROVIDER } from "./search-providers"
import { spaceKhmerWords } from "./khmer"

/** The part of a `POST /store/search` query this normalisation reads and writes. */
export type StoreSearchQueryType = {
  entity: string
  filters?: Record<string, unknown> & { q?: unknown }
  search_options?: Record<string, unknown> & { typo_tolerance?: boolean }
}

/**
 * Makes one store query mean the same on every engine:
 * - Khmer words in `q` are spaced the way the indexed documents are (see khmer.ts);
 * - typos are forgiven: the Postgres provider matches them only when a query asks
 *   (`typo_tolerance`), while Meilisearch does it from the index settings and rejects the
 *   per-query option, so the option is set for the first and removed for the second.
 */
export function normalizeStoreSearchQuery<T extends StoreSearchQueryType>(query: T, provider: string): T {
  const filters =
    typeof query.filters?.q === "string" ? { ...query.filters, q: spaceKhmerWords(query.filters.q) } : query.filters
  const { typo_tolerance: _asked, ...options } = query.search_options ?? {}
  const searchOptions = provider === POSTGRES_SEARCH_PROVIDER ? { ...options, typo_tolerance: true } : options
  return { ...query, filters, search_options: searchOptions }
}
