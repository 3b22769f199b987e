import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/**
 * A group's private business details: how the operator reaches it, where its payouts go, and
 * why it is suspended when it is.
 * Kept apart from `producer_group`, which the store may read whole (`fields=*producer_group`).
 */
const ProducerGroupAccount = model.define("producer_group_account", {
  id: model.id({ prefix: "pgac" }).primaryKey(),
  contact_email: model.text().nullable(),
  contact_phone: model.text().nullable(),
  payout_method: model.enum(["bank_transfer", "aba", "wing", "khqr", "cash"]).default("bank_transfer"),
  payout_details: model.json().nullable(),
  /** Why the operator suspended the group, shown to its members; cleared on approval. */
  status_reason: model.text().nullable(),
  group: model.belongsTo(() => ProducerGroup, { mappedBy: "account" }),
})

export default ProducerGroupAccount
