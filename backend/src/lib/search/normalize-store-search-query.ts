import { spaceKhmerWords } from "./khmer"

/** The part of a `POST /store/search` query the store's normalisation reads and writes. */
export type StoreSearchQueryType = {
  entity: string
  filters?: Record<string, unknown> & { q?: unknown }
  search_options?: Record<string, unknown> & { typo_tolerance?: boolean }
}

/**
 * What a store query means is decided here, not by the client:
 * - Khmer words in `q` are spaced the way the indexed documents are (see khmer.ts);
 * - typo tolerance is the backend's call (see the store search middleware), so a client's
 *   `typo_tolerance` is dropped; Meilisearch would reject it anyway, it tolerates typos by index,
 *   and the Postgres provider's own would read every document.
 */
export function normalizeStoreSearchQuery<T extends StoreSearchQueryType>(query: T): T {
  const filters =
    typeof query.filters?.q === "string" ? { ...query.filters, q: spaceKhmerWords(query.filters.q) } : query.filters
  const { typo_tolerance: _asked, ...searchOptions } = query.search_options ?? {}
  return { ...query, filters, search_options: searchOptions }
}
