/** What the list says of each group; `?fields=handle,name` asks for less (and costs less). */
export const PRODUCER_LIST_FIELDS = [
  "id",
  "handle",
  "name",
  "province",
  "village",
  "logo_url",
  "story_excerpt",
  "products_count",
  "artisans_count",
] as const
export type ProducerListFieldType = (typeof PRODUCER_LIST_FIELDS)[number]

/** The routes name the fields they read; the list config gives them pagination. */
export const listProducerGroupsQueryConfig = { defaults: [], isList: true }
export const retrieveProducerGroupQueryConfig = { defaults: [] }
