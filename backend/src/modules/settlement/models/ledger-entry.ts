import { model } from "@medusajs/framework/utils"
import { LedgerEntryType } from "../ledger-entry-type"

/**
 * One movement of money owed to a producer group, in integer minor units of its currency:
 * positive when the platform owes the group more (a sale), negative otherwise (commission,
 * reversals, payouts). A group's balance is always the sum of its entries. Each entry has an
 * idempotency key (e.g. `sale:<line item id>`), so an event delivered twice records once.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ldg" }).primaryKey(),
    producer_group_id: model.text(),
    type: model.enum(Object.values(LedgerEntryType)),
    amount: model.number(),
    currency_code: model.text(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    payout_id: model.text().nullable(),
    /** Units of the line the entry covers: all for a sale, those given back so far for a reversal. */
    quantity: model.number().nullable(),
    /** The commission rate applied, on commission entries. */
    rate_bps: model.number().nullable(),
    idempotency_key: model.text(),
    description: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["producer_group_id", "currency_code"] },
    { on: ["producer_group_id", "created_at"] },
    { on: ["order_id"] },
  ])

export default LedgerEntry
