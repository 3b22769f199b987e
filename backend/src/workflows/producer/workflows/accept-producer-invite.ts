import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { linkProducerLoginStep } from "../steps/link-producer-login"
import { markProducerInviteAcceptedStep } from "../steps/mark-producer-invite-accepted"
import { validateProducerInviteStep } from "../steps/validate-producer-invite"

export type AcceptProducerInviteWorkflowInput = {
  token: string
  /** The invitee's registered (not yet producer) auth identity. */
  auth_identity_id: string
  member: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  }
}

/**
 * Turns an invitation into a producer member of the invite's group and attaches the invitee's
 * login to it, so that `POST /auth/producer/emailpass` then logs in as that member.
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  "accept-producer-invite",
  (input: AcceptProducerInviteWorkflowInput) => {
    const invite = validateProducerInviteStep({
      token: input.token,
      auth_identity_id: input.auth_identity_id,
    })
    const memberInput = transform({ input, invite }, ({ input, invite }) => ({
      ...input.member,
      group_id: invite.group_id,
      email: invite.email,
    }))
    const member = createProducerMemberStep(memberInput)
    linkProducerLoginStep(
      transform({ input, member }, ({ input, member }) => ({
        auth_identity_id: input.auth_identity_id,
        member_id: member.id,
      }))
    )
    markProducerInviteAcceptedStep(transform({ invite }, ({ invite }) => ({ invite_id: invite.invite_id })))
    return new WorkflowResponse(member)
  }
)
