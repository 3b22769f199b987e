import { randomBytes } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** How long an invitation can be accepted. */
export const PRODUCER_INVITE_TTL_MS = 14 * 24 * 60 * 60 * 1000

export type CreateProducerInviteStepInput = {
  group_id: string
  email: string
}

export const createProducerInviteStep = createStep(
  "create-producer-invite",
  async (input: CreateProducerInviteStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const invite = await producers.createProducerInvites({
      group_id: input.group_id,
      email: input.email.trim().toLowerCase(),
      // 32 random bytes: the token is the only proof the invitee holds, so it must not be guessable.
      token: randomBytes(32).toString("base64url"),
      expires_at: new Date(Date.now() + PRODUCER_INVITE_TTL_MS),
    })
    return new StepResponse(invite, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerInvites(inviteId)
  }
)
