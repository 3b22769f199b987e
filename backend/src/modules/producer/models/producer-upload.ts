import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/**
 * A file of the File Module that a group's member uploaded through `POST /producer/uploads`, at
 * the url that route answered. It is how a group's quota is counted, and the only source of the
 * pictures a group may show buyers (its photos and logo, maker portraits, product images).
 */
const ProducerUpload = model
  .define("producer_upload", {
    id: model.id({ prefix: "pupl" }).primaryKey(),
    file_id: model.text(),
    url: model.text(),
    size_bytes: model.number(),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "uploads" }),
  })
  .indexes([
    { on: ["file_id"], unique: true },
    { on: ["group_id", "url"] },
  ])

export default ProducerUpload
