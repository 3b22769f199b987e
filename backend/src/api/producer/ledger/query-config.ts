export const LEDGER_ENTRY_FIELDS = [
  "id",
  "type",
  "amount",
  "currency_code",
  "order_id",
  "line_item_id",
  "payout_id",
  "quantity",
  "rate_bps",
  "description",
  "created_at",
]

/** Shared by the producer's and the operator's view of a group's ledger. */
export const ledgerQueryConfig = { defaults: LEDGER_ENTRY_FIELDS, isList: true, defaultLimit: 50 }
