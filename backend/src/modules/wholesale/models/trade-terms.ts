import { model } from "@medusajs/framework/utils"

/**
 * The wholesale rules of one product variant, set by its producer group: the fewest units a trade
 * buyer orders (`min_quantity`) and the step they order in (`case_pack`). The trade price itself
 * is a price of the trade price list (see `trade-price-list.ts`), which Medusa's pricing applies
 * to trade buyers only. One row per variant: the unique `variant_id` says so in the database.
 */
const TradeTerms = model
  .define("trade_terms", {
    id: model.id({ prefix: "trdt" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    min_quantity: model.number(),
    case_pack: model.number(),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
  ])

export default TradeTerms
