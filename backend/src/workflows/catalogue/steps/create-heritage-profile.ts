import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HERITAGE_MODULE } from "../../../modules/heritage"
import type HeritageModuleService from "../../../modules/heritage/service"

export type CreateHeritageProfileStepInput = {
  craft: string
  technique?: string | null
  materials: string[]
  natural_dyes?: string[]
  province: string
  people?: string | null
  cultural_significance?: string | null
  hours_to_make?: number | null
  care?: string | null
}

export const createHeritageProfileStep = createStep(
  "create-heritage-profile",
  async (input: CreateHeritageProfileStepInput, { container }) => {
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    const profile = await heritage.createHeritageProfiles(input)
    return new StepResponse(profile, profile.id)
  },
  async (profileId, { container }) => {
    if (!profileId) {
      return
    }
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    await heritage.deleteHeritageProfiles(profileId)
  }
)
