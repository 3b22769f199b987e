import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { PRODUCER_ACTOR_TYPE } from "../../../modules/producer/producer-actor-type"

export type ValidateProducerInviteStepInput = {
  token: string
  auth_identity_id: string
}

export type ValidProducerInviteType = {
  invite_id: string
  group_id: string
  email: string
}

const EMAILPASS_PROVIDER = "emailpass"

/**
 * Checks that an invitation can be accepted by this login: it exists, is neither accepted nor
 * expired, was sent to the login's email, and the login is not a producer member already.
 */
export const validateProducerInviteStep = createStep(
  "validate-producer-invite",
  async (input: ValidateProducerInviteStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [invite] = await producers.listProducerInvites({ token: input.token }, { take: 1 })
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation does not exist")
    }
    if (invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted")
    }
    if (new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired")
    }

    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, {
      relations: ["provider_identities"],
    })
    if (identity.app_metadata?.[`${PRODUCER_ACTOR_TYPE}_id`]) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This login already belongs to a producer member"
      )
    }
    const emails = (identity.provider_identities ?? []).map((provider) =>
      String(
        provider.provider === EMAILPASS_PROVIDER ? provider.entity_id : provider.user_metadata?.email ?? ""
      )
        .trim()
        .toLowerCase()
    )
    if (!emails.includes(invite.email.toLowerCase())) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This invitation was sent to another email address"
      )
    }

    const [existingMember] = await producers.listProducerMembers({ email: invite.email }, { take: 1 })
    if (existingMember) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "A producer member with this email already exists"
      )
    }

    const valid: ValidProducerInviteType = {
      invite_id: invite.id,
      group_id: invite.group_id,
      email: invite.email,
    }
    return new StepResponse(valid)
  }
)
