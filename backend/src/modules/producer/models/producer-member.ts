import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/** A coordinator's login for one producer group (auth actor type `producer`). */
const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    email: model.text(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "members" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])

export default ProducerMember
