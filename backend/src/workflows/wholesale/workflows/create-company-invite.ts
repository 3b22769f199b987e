import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCompanyInviteStep,
  type CreateCompanyInviteStepInput,
} from "../steps/create-company-invite"
import { validateCompanyInviteStep } from "../steps/validate-company-invite"

/**
 * A company admin invites a colleague, by email, to buy for the company. The answer carries the
 * token, which the admin sends to the invitee; it can be accepted once, within 14 days, by the
 * customer account with that email.
 */
export const createCompanyInviteWorkflow = createWorkflow(
  "create-company-invite",
  (input: CreateCompanyInviteStepInput) => {
    validateCompanyInviteStep({ company_id: input.company_id, email: input.email })
    const invite = createCompanyInviteStep(input)
    return new WorkflowResponse(invite)
  }
)
