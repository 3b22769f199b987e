import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/workflows/accept-producer-invite"
import type { ProducerAcceptInviteType } from "../validators"

/**
 * Accepts an invitation with a freshly registered producer identity
 * (`POST /auth/producer/emailpass/register`); log in afterwards to act as the member.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerAcceptInviteType>,
  res: MedusaResponse
) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This login already belongs to a producer member"
    )
  }
  const { token, ...member } = req.validatedBody
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token, auth_identity_id: req.auth_context.auth_identity_id, member },
  })
  res.status(200).json({ member: result })
}
