import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const markCompanyInviteAcceptedStep = createStep(
  "mark-company-invite-accepted",
  async (input: { invite_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const invite = await wholesale.updateCompanyInvites({ id: input.invite_id, accepted_at: new Date() })
    return new StepResponse(invite, input.invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.updateCompanyInvites({ id: inviteId, accepted_at: null })
  }
)
