import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerInviteWorkflow } from "../../../../../workflows/producer/workflows/create-producer-invite"
import type { AdminCreateProducerInviteType } from "../../validators"

/** Invites a coordinator; the answer carries the token, which the operator sends to the invitee. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateProducerInviteType>,
  res: MedusaResponse
) {
  const { result: invite } = await createProducerInviteWorkflow(req.scope).run({
    input: { group_id: req.params.id, email: req.validatedBody.email },
  })
  res.json({
    invite: {
      id: invite.id,
      group_id: req.params.id,
      email: invite.email,
      token: invite.token,
      expires_at: invite.expires_at,
    },
  })
}
