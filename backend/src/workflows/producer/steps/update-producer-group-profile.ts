import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** The public profile fields a group's own members may edit (never status, trust, commission or handle). */
export type ProducerGroupProfileType = {
  story?: string | null
  village?: string | null
  photos?: string[]
  logo_url?: string | null
}

export type UpdateProducerGroupProfileStepInput = ProducerGroupProfileType & { group_id: string }

const PROFILE_FIELDS = ["story", "village", "photos", "logo_url"] as const

export const updateProducerGroupProfileStep = createStep(
  "update-producer-group-profile",
  async ({ group_id, ...profile }: UpdateProducerGroupProfileStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const changed = PROFILE_FIELDS.filter((field) => profile[field] !== undefined)
    const previous = await producers.retrieveProducerGroup(group_id, { select: ["id", ...changed] })
    if (!changed.length) {
      return new StepResponse(previous)
    }
    const group = await producers.updateProducerGroups({ id: group_id, ...profile })
    const restore: ProducerGroupProfileType & { id: string } = { id: group_id }
    for (const field of changed) {
      Object.assign(restore, { [field]: previous[field] })
    }
    return new StepResponse(group, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducerGroups(restore)
  }
)
