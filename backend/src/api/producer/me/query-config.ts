/** The member, its group's public fields and the group's private account: all its own. */
export const PRODUCER_ME_FIELDS = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "created_at",
  "group.id",
  "group.handle",
  "group.name",
  "group.province",
  "group.village",
  "group.story",
  "group.logo_url",
  "group.photos",
  "group.status",
  "group.trusted",
  "group.commission_rate_bps",
  "group.account.contact_email",
  "group.account.contact_phone",
  "group.account.payout_method",
  "group.account.payout_details",
  "group.account.status_reason",
]

export const meQueryConfig = { defaults: PRODUCER_ME_FIELDS, isList: false }
