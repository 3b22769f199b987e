/**
 * What the store shows of a maker who consented to a public profile. Not their people: the
 * programme's rule is that ethnicity, like gender, is only ever published as group totals.
 */
export const PUBLIC_MAKER_FIELDS = [
  "id",
  "handle",
  "display_name",
  "story",
  "portrait_url",
  "crafts",
  "is_living_human_treasure",
  "lht_year",
]
