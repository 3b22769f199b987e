import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type { CompanyBuyerRoleType } from "../../../modules/wholesale/company-buyer-role"
import type { CompanyStatusType } from "../../../modules/wholesale/company-status"
import { hashInviteToken } from "../../../modules/wholesale/invite-token"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import { COMPANY_STATUSES_TAKING_BUYERS } from "./validate-company-invite"

export type ValidCompanyInviteType = {
  invite_id: string
  company_id: string
  company_status: CompanyStatusType
  role: CompanyBuyerRoleType
}

/**
 * Checks that this customer may accept the invitation: it exists, is neither accepted nor
 * expired, was sent to the customer's email, and its company still takes buyers. (That the
 * customer buys for no company yet is `validateCustomerWithoutCompanyStep`'s.)
 */
export const validateCompanyInviteAcceptanceStep = createStep(
  "validate-company-invite-acceptance",
  async (input: { token: string; customer_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const [invite] = await wholesale.listCompanyInvites(
      { token_hash: hashInviteToken(input.token) },
      { take: 1, relations: ["company"] }
    )
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation does not exist")
    }
    if (invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted")
    }
    if (new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired")
    }
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
    if ((customer.email ?? "").trim().toLowerCase() !== invite.email) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This invitation was sent to another email address"
      )
    }
    if (!COMPANY_STATUSES_TAKING_BUYERS.includes(invite.company.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This invitation's company is ${invite.company.status}: it takes no buyers`
      )
    }
    const valid: ValidCompanyInviteType = {
      invite_id: invite.id,
      company_id: invite.company.id,
      company_status: invite.company.status,
      role: invite.role,
    }
    return new StepResponse(valid)
  }
)
