import { CraftCodeSchema, PeopleCodeSchema, UI_LANGUAGES } from "@sipakam/shared"
import { z } from "zod"

/** Living Human Treasures are named by the Royal Decree of 2010, so no title is older. */
const LHT_FIRST_YEAR = 2010
const MAKER_STORY_MAX_LENGTH = 5000
const NAME_MAX_LENGTH = 100
const URL_MAX_LENGTH = 2048
const CRAFTS_MAX = 10

const Name = z.string().trim().min(1).max(NAME_MAX_LENGTH)

const LhtYear = z
  .number()
  .int()
  .min(LHT_FIRST_YEAR)
  .refine((year) => year <= new Date().getFullYear(), "The LHT year cannot be in the future")

const makerFields = {
  first_name: Name,
  last_name: Name.nullable().optional(),
  name_km: Name.nullable().optional(),
  crafts: z
    .array(CraftCodeSchema)
    .min(1)
    .max(CRAFTS_MAX)
    .refine((crafts) => new Set(crafts).size === crafts.length, "Each craft is listed once"),
  people: PeopleCodeSchema.nullable().optional(),
  gender: z.enum(["female", "male", "other"]).nullable().optional(),
  is_living_human_treasure: z.boolean().optional(),
  lht_year: LhtYear.nullable().optional(),
  story: z.string().trim().max(MAKER_STORY_MAX_LENGTH).nullable().optional(),
  portrait_url: z.url({ protocol: /^https?$/ }).max(URL_MAX_LENGTH).nullable().optional(),
  public_profile_consent: z.boolean().optional(),
  /** The language the consent statement was read to the maker in, recorded with the answer. */
  consent_language: z.enum(UI_LANGUAGES).optional(),
}

type CheckedFieldsType = {
  is_living_human_treasure?: boolean
  lht_year?: number | null
  public_profile_consent?: boolean
  consent_language?: string
}

/**
 * When both LHT fields are given they must agree; the workflow checks them against the record.
 * A consent statement's language goes with a consent answer.
 */
function checkFields(creating: boolean) {
  return (value: CheckedFieldsType, ctx: z.RefinementCtx) => {
    if (value.consent_language !== undefined && value.public_profile_consent === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["consent_language"],
        message: "consent_language is recorded with a public_profile_consent answer",
      })
    }
    const hasYear = value.lht_year !== undefined && value.lht_year !== null
    if (value.is_living_human_treasure === true && !hasYear && creating) {
      ctx.addIssue({
        code: "custom",
        path: ["lht_year"],
        message: "A Living Human Treasure needs the year of the title",
      })
    }
    if (value.is_living_human_treasure === false && hasYear) {
      ctx.addIssue({
        code: "custom",
        path: ["lht_year"],
        message: "Only a Living Human Treasure has an LHT year",
      })
    }
    if (value.is_living_human_treasure === undefined && hasYear && creating) {
      ctx.addIssue({
        code: "custom",
        path: ["lht_year"],
        message: "Only a Living Human Treasure has an LHT year",
      })
    }
  }
}

export const ProducerCreateMaker = z.object(makerFields).strict().superRefine(checkFields(true))
export type ProducerCreateMakerType = z.infer<typeof ProducerCreateMaker>

export const ProducerUpdateMaker = z
  .object(makerFields)
  .partial()
  .strict()
  .superRefine(checkFields(false))
export type ProducerUpdateMakerType = z.infer<typeof ProducerUpdateMaker>

export const ProducerGetMakers = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "first_name", "-first_name"]).optional(),
    retired: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type ProducerGetMakersType = z.infer<typeof ProducerGetMakers>

export const ProducerGetMaker = z.object({}).strict()
