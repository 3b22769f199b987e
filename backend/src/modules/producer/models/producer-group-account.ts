import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/**
 * A group's private business details: how the operator reaches it and where its payouts go.
 * Kept apart from `producer_group`, which the store may read whole (`fields=*producer_group`).
 */
const ProducerGroupAccount = model.define("producer_group_account", {
  id: model.id({ prefix: "pgac" }).primaryKey(),
  contact_email: model.text().nullable(),
  contact_phone: model.text().nullable(),
  payout_method: model.enum(["bank_transfer", "aba", "wing", "khqr", "cash"]).default("bank_transfer"),
  payout_details: model.json().nullable(),
  group: model.belongsTo(() => ProducerGroup, { mappedBy: "account" }),
})

export default ProducerGroupAccount
