import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/**
 * The operator's invitation for a coordinator to join a group. The invitee registers an
 * emailpass identity and accepts with the token; that creates the member.
 */
const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    email: model.text(),
    token: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token"], unique: true }])

export default ProducerInvite
