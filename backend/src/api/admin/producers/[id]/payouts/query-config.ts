export const PAYOUT_FIELDS = [
  "id",
  "producer_group_id",
  "amount",
  "currency_code",
  "method",
  "reference",
  "note",
  "paid_at",
  "recorded_by",
  "created_at",
]

export const listPayoutsQueryConfig = { defaults: PAYOUT_FIELDS, isList: true, defaultLimit: 50 }
