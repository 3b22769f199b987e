import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProducerInviteStep,
  type CreateProducerInviteStepInput,
} from "../steps/create-producer-invite"
import { validateProducerGroupExistsStep } from "../steps/validate-producer-group-exists"

/**
 * Invites a coordinator, by email, to join a producer group. The invite carries a random token
 * that the operator sends to the invitee; it can be accepted once, within 14 days, by a login
 * registered with the same email.
 */
export const createProducerInviteWorkflow = createWorkflow(
  "create-producer-invite",
  (input: CreateProducerInviteStepInput) => {
    validateProducerGroupExistsStep({ group_id: input.group_id })
    const invite = createProducerInviteStep(input)
    return new WorkflowResponse(invite)
  }
)
