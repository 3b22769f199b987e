import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type { CompanyBuyerRoleType } from "../../../modules/wholesale/company-buyer-role"
import {
  COMPANY_INVITE_TTL_MS,
  hashInviteToken,
  newInviteToken,
} from "../../../modules/wholesale/invite-token"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type CreateCompanyInviteStepInput = {
  company_id: string
  email: string
  role: CompanyBuyerRoleType
}

/** Creates an invitation and answers its token, which is given this once and never stored. */
export const createCompanyInviteStep = createStep(
  "create-company-invite",
  async (input: CreateCompanyInviteStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const token = newInviteToken()
    const invite = await wholesale.createCompanyInvites({
      company_id: input.company_id,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + COMPANY_INVITE_TTL_MS),
    })
    return new StepResponse(
      {
        id: invite.id,
        company_id: input.company_id,
        email: invite.email,
        role: invite.role,
        expires_at: invite.expires_at,
        token,
      },
      invite.id
    )
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.deleteCompanyInvites(inviteId)
  }
)
