import { model } from "@medusajs/framework/utils"

/**
 * The heritage of one product: what craft and technique it carries, from which province and
 * people, with what materials, and why it matters. Codes come from @sipakam/shared's vocabulary.
 */
const HeritageProfile = model.define("heritage_profile", {
  id: model.id({ prefix: "hrtg" }).primaryKey(),
  craft: model.text(),
  technique: model.text().translatable().nullable(),
  materials: model.array().default([]),
  natural_dyes: model.array().default([]),
  province: model.text(),
  people: model.text().nullable(),
  cultural_significance: model.text().translatable().nullable(),
  hours_to_make: model.number().nullable(),
  care: model.text().translatable().nullable(),
})

export default HeritageProfile
