import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UiLanguage } from "@sipakam/shared"
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
  /** The language the consent statement was read in, given with a consent answer. */
  consent_language?: UiLanguage | null
}

/** Who recorded a consent answer, and when: set by the workflows, never by a request. */
export type ConsentRecordType = {
  consent_recorded_at?: Date | null
  consent_recorded_by?: string | null
}

export type CreateMakerStepInput = MakerFieldsType &
  ConsentRecordType & {
    group_id: string
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
