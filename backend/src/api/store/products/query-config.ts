/** The columns of a producer group the store may read: not its status, trust or commission. */
export const PUBLIC_GROUP_FIELDS = [
  "producer_group.id",
  "producer_group.handle",
  "producer_group.name",
  "producer_group.province",
  "producer_group.village",
  "producer_group.story",
  "producer_group.logo_url",
  "producer_group.photos",
]

/**
 * The linked data the store may read on products. Fields are matched exactly, so naming each
 * public column keeps everything else out of reach: the group's internal columns, account and
 * members, and the private maker records behind `makers` (which is the public_maker projection).
 * `*producer_group` is not in the list: `expandPublicGroupFields` turns it into these columns.
 */
export const STORE_PRODUCT_LINKED_FIELDS = [
  ...PUBLIC_GROUP_FIELDS,
  "makers",
  "makers.id",
  "makers.handle",
  "makers.display_name",
  "makers.story",
  "makers.portrait_url",
  "makers.crafts",
  "makers.is_living_human_treasure",
  "makers.lht_year",
  "makers.has_public_profile",
  "heritage_profile",
  "heritage_profile.id",
  "heritage_profile.craft",
  "heritage_profile.technique",
  "heritage_profile.materials",
  "heritage_profile.natural_dyes",
  "heritage_profile.province",
  "heritage_profile.people",
  "heritage_profile.cultural_significance",
  "heritage_profile.hours_to_make",
  "heritage_profile.care",
]

/**
 * Path segments the store never resolves on products, whatever `fields` asks: a variant's raw
 * prices (`variants.prices`, which Medusa allows) hold every price of its price set, the trade
 * price list's among them, and the price set, its price lists and rules lead to them too. A
 * shopper's price is `variants.calculated_price`, which Medusa works out for the shopper's own
 * customer groups. `trade_terms` would be the wholesale terms, were they ever linked.
 */
export const STORE_PRODUCT_DISALLOWED_SEGMENTS = [
  "prices",
  "price_set",
  "price_set_link",
  "price_list",
  "price_lists",
  "price_rules",
  "trade_terms",
]
