import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { MakerFieldsType } from "./create-maker"
import type { UpdateMakerStepInput } from "./update-maker"

export type ValidateMakerUpdateStepInput = {
  group_id: string
  id: string
  update: Partial<MakerFieldsType>
  /** The producer member making the change, recorded with a new consent answer. */
  member_id?: string
}

/**
 * Checks that the maker belongs to the acting group (another group's maker is "not found") and
 * that the record stays coherent once the update is applied: a Living Human Treasure has the
 * year of the title, nobody else has one. Returns the update to apply, with when, by whom and in
 * which language consent was recorded when it changes (an unchanged answer records nothing).
 */
export const validateMakerUpdateStep = createStep(
  "validate-maker-update",
  async (input: ValidateMakerUpdateStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [maker] = await producers.listMakers({ id: input.id, group_id: input.group_id }, { take: 1 })
    if (!maker) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker with id: ${input.id} was not found`)
    }
    const update: UpdateMakerStepInput = { ...input.update, id: maker.id }

    const isTreasure = update.is_living_human_treasure ?? maker.is_living_human_treasure
    if (!isTreasure) {
      if (update.lht_year !== undefined && update.lht_year !== null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Only a Living Human Treasure has an LHT year"
        )
      }
      if (maker.lht_year !== null) {
        update.lht_year = null
      }
    } else if ((update.lht_year === undefined ? maker.lht_year : update.lht_year) === null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A Living Human Treasure needs the year of the title"
      )
    }

    if (
      update.public_profile_consent !== undefined &&
      update.public_profile_consent !== maker.public_profile_consent
    ) {
      update.consent_recorded_at = new Date()
      update.consent_recorded_by = input.member_id ?? null
      update.consent_language = update.consent_language ?? null
    } else {
      delete update.consent_language
    }
    return new StepResponse({ maker, update })
  }
)
