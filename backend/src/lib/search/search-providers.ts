/** The search providers' identifiers, as index definitions and `default_provider` name them. */
export const POSTGRES_SEARCH_PROVIDER = "search-postgres"
export const MEILISEARCH_PROVIDER = "meilisearch"
