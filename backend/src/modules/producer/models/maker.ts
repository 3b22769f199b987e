import { model } from "@medusajs/framework/utils"
import { UI_LANGUAGES } from "@sipakam/shared"
import ProducerGroup from "./producer-group"

/**
 * An artisan of a producer group, as the group records them. This record is private to the
 * group and the operator; the store only ever sees the maker's `public_maker` projection.
 * Gender and people are self-declared and optional, and only published as group totals.
 */
const Maker = model
  .define("maker", {
    id: model.id({ prefix: "mkr" }).primaryKey(),
    first_name: model.text(),
    last_name: model.text().nullable(),
    name_km: model.text().nullable(),
    crafts: model.array().default([]),
    people: model.text().nullable(),
    gender: model.enum(["female", "male", "other"]).nullable(),
    is_living_human_treasure: model.boolean().default(false),
    lht_year: model.number().nullable(),
    story: model.text().nullable(),
    portrait_url: model.text().nullable(),
    public_profile_consent: model.boolean().default(false),
    /** When the last consent answer was recorded, by which producer member, read in which language. */
    consent_recorded_at: model.dateTime().nullable(),
    consent_recorded_by: model.text().nullable(),
    consent_language: model.enum([...UI_LANGUAGES]).nullable(),
    retired_at: model.dateTime().nullable(),
    group: model.belongsTo(() => ProducerGroup, { mappedBy: "makers" }),
  })
  .indexes([{ on: ["group_id"] }])

export default Maker
