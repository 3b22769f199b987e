import { z } from "zod"
import { CraftCodeSchema, MaterialCodeSchema, PeopleCodeSchema, ProvinceCodeSchema } from "./code-schemas.js"

/**
 * The heritage facts a product carries in its `metadata` until the heritage module owns them:
 * vocabulary codes only, so every language can label them. Other metadata keys are ignored.
 */
export const HeritageMetadataSchema = z.object({
  craft: CraftCodeSchema,
  province: ProvinceCodeSchema,
  people: PeopleCodeSchema,
  materials: z.array(MaterialCodeSchema).min(1),
})

export type HeritageMetadataType = z.infer<typeof HeritageMetadataSchema>
