/** The group fields the operator sees in lists; the detail adds account, members, invites, makers. */
export const ADMIN_PRODUCER_GROUP_FIELDS = [
  "id",
  "handle",
  "name",
  "province",
  "village",
  "story",
  "logo_url",
  "photos",
  "status",
  "trusted",
  "commission_rate_bps",
  "created_at",
  "updated_at",
]

export const listProducerGroupsQueryConfig = { defaults: ADMIN_PRODUCER_GROUP_FIELDS, isList: true }
export const retrieveProducerGroupQueryConfig = { defaults: ADMIN_PRODUCER_GROUP_FIELDS, isList: false }
