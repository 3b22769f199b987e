import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HERITAGE_MODULE } from "../../../modules/heritage"
import type HeritageModuleService from "../../../modules/heritage/service"
import type { CreateHeritageProfileStepInput } from "../../catalogue/steps/create-heritage-profile"

/** Creates many heritage profiles at once, returned in the order given. */
export const createHeritageProfilesStep = createStep(
  "create-heritage-profiles",
  async (input: CreateHeritageProfileStepInput[], { container }) => {
    if (!input.length) {
      return new StepResponse([], [] as string[])
    }
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    const profiles = await heritage.createHeritageProfiles(input)
    return new StepResponse(
      profiles,
      profiles.map((profile) => profile.id)
    )
  },
  async (profileIds, { container }) => {
    if (!profileIds?.length) {
      return
    }
    const heritage: HeritageModuleService = container.resolve(HERITAGE_MODULE)
    await heritage.deleteHeritageProfiles(profileIds)
  }
)
