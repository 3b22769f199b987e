import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HERITAGE_MODULE } from "../../../modules/heritage"
import type HeritageModuleService from "../../../modules/heritage/service"
import type { CreateHeritageProfileStepInput } from "./create-heritage-profile"

export type UpdateHeritageProfileStepInput = {
  id: string
} & Partial<CreateHeritageProfileStepInput>

const FIELDS: (keyof CreateHeritageProfileStepInput)[] = [
  "craft",
  "technique",
  "materials",
  "natural_dyes",
  "province",
  "people",
  "cultural_significance",
  "hours_to_make",
  "care",
]

/**
 * Updates the given fields of a heritage profile (nothing when given null); compensation puts
 * their previous values back.
 */
export const updateHeritageProfileStep = createStep(
  "update-heritage-profile",
  async (input: UpdateHeritageProfileStepInput | null, { container }) => {
    if (!input) {
      return new StepResponse(null, null)
    }
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    const changed = FIELDS.filter((field) => input[field] !== undefined)
    const previous = await heritage.retrieveHeritageProfile(input.id, {
      select: ["id", ...changed],
    })
    const profile = await heritage.updateHeritageProfiles(input)
    const restore = Object.fromEntries(changed.map((field) => [field, previous[field]]))
    return new StepResponse(profile, { id: input.id, ...restore })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    await heritage.updateHeritageProfiles(previous)
  }
)
