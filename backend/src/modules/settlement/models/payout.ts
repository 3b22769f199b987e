import { model } from "@medusajs/framework/utils"
import { PAYOUT_METHODS } from "../payout-method"

/** Money the operator paid a producer group, by bank transfer, ABA, Wing, KHQR or cash. */
const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    producer_group_id: model.text(),
    amount: model.number(),
    currency_code: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    paid_at: model.dateTime(),
    recorded_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_group_id"] }])

export default Payout
