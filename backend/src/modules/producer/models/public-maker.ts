import { model } from "@medusajs/framework/utils"
import ProducerGroup from "./producer-group"

/**
 * What the store may know about a maker, kept in step with `maker` by the maker workflows.
 * With consent it carries the maker's name, handle, story and portrait; without it only
 * "an artisan of <group>" and their crafts, so no store query can ever reach private data.
 * Products link to this model (`fields=*makers`).
 */
const PublicMaker = model
  .define("public_maker", {
    id: model.id({ prefix: "pmkr" }).primaryKey(),
    maker_id: model.text(),
    handle: model.text().nullable(),
    display_name: model.text(),
    story: model.text().nullable(),
    portrait_url: model.text().nullable(),
    crafts: model.array().default([]),
    is_living_human_treasure: model.boolean().default(false),
    lht_year: model.number().nullable(),
    has_public_profile: model.boolean().default(false),
    /** No longer works with the group: still credited on past work, no longer featured. */
    is_retired: model.boolean().default(false),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "public_makers" }),
  })
  .indexes([
    { on: ["maker_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["handle"], unique: true, where: "deleted_at IS NULL AND handle IS NOT NULL" },
  ])

export default PublicMaker
