import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const markProducerInviteAcceptedStep = createStep(
  "mark-producer-invite-accepted",
  async (input: { invite_id: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const invite = await producers.updateProducerInvites({
      id: input.invite_id,
      accepted_at: new Date(),
    })
    return new StepResponse(invite, input.invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducerInvites({ id: inviteId, accepted_at: null })
  }
)
