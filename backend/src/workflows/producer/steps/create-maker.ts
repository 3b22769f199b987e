import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type MakerGenderType = "female" | "male" | "other"

/** What a group records about one of its artisans. */
export type MakerFieldsType = {
  first_name: string
  last_name?: string | null
  name_km?: string | null
  crafts: string[]
  people?: string | null
  gender?: MakerGenderType | null
  is_living_human_treasure?: boolean
  lht_year?: number | null
  story?: string | null
  portrait_url?: string | null
  public_profile_consent?: boolean
}

export type CreateMakerStepInput = MakerFieldsType & {
  group_id: string
  consent_recorded_at?: Date | null
}

export const createMakerStep = createStep(
  "create-maker",
  async (input: CreateMakerStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const maker = await producers.createMakers(input)
    return new StepResponse(maker, maker.id)
  },
  async (makerId, { container }) => {
    if (!makerId) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteMakers(makerId)
  }
)
