import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyStatus } from "../../../modules/wholesale/company-status"
import { createCompanyBuyerStep } from "../steps/create-company-buyer"
import { markCompanyInviteAcceptedStep } from "../steps/mark-company-invite-accepted"
import { validateCompanyInviteAcceptanceStep } from "../steps/validate-company-invite-acceptance"
import { validateCustomerWithoutCompanyStep } from "../steps/validate-customer-without-company"
import { syncTradeBuyersWorkflow } from "./sync-trade-buyers"

export type AcceptCompanyInviteWorkflowInput = {
  token: string
  /** The invitee, from the customer's login. */
  customer_id: string
}

/**
 * Makes the invited customer a buyer of the invite's company, with the invite's role; a buyer
 * who joins an approved company is a trade buyer at once.
 */
export const acceptCompanyInviteWorkflow = createWorkflow(
  "accept-company-invite",
  (input: AcceptCompanyInviteWorkflowInput) => {
    const invite = validateCompanyInviteAcceptanceStep({
      token: input.token,
      customer_id: input.customer_id,
    })
    validateCustomerWithoutCompanyStep({ customer_id: input.customer_id })
    const buyer = createCompanyBuyerStep(
      transform({ input, invite }, ({ input, invite }) => ({
        company_id: invite.company_id,
        customer_id: input.customer_id,
        role: invite.role,
      }))
    )
    markCompanyInviteAcceptedStep(transform({ invite }, ({ invite }) => ({ invite_id: invite.invite_id })))
    when("company-invite-joins-approved-company", { invite }, ({ invite }) =>
      invite.company_status === CompanyStatus.APPROVED
    ).then(() => {
      syncTradeBuyersWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ customer_ids: [input.customer_id], trade: true })),
      })
    })
    return new WorkflowResponse(buyer)
  }
)
