import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ACTOR_TYPE } from "../../../modules/producer/producer-actor-type"

export type LinkProducerLoginStepInput = {
  auth_identity_id: string
  member_id: string
}

const MEMBER_KEY = `${PRODUCER_ACTOR_TYPE}_id`

/**
 * Medusa's update merges JSON into the stored object, so a key cannot be removed by leaving it
 * out: the metadata is cleared, then written whole.
 */
async function replaceAppMetadata(
  auth: IAuthModuleService,
  id: string,
  appMetadata: Record<string, unknown>
) {
  // The column is nullable, though the update DTO's type does not say so.
  await auth.updateAuthIdentities({ id, app_metadata: null as unknown as Record<string, unknown> })
  await auth.updateAuthIdentities({ id, app_metadata: appMetadata })
}

/**
 * Points a login at its producer member (`app_metadata.producer_id`), which makes
 * `POST /auth/producer/emailpass` log in as that member. Core's `setAuthAppMetadataStep` does
 * the same, but its compensation leaves the key in place (the JSON merge above), which would
 * leave the login pointing at a member that was rolled back and unable to accept again.
 */
export const linkProducerLoginStep = createStep(
  "link-producer-login",
  async (input: LinkProducerLoginStepInput, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.[MEMBER_KEY]) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This login already belongs to a producer member"
      )
    }
    const updated = await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...(identity.app_metadata ?? {}), [MEMBER_KEY]: input.member_id },
    })
    return new StepResponse(updated, identity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) {
      return
    }
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(identityId)
    const { [MEMBER_KEY]: _member, ...rest } = identity.app_metadata ?? {}
    await replaceAppMetadata(auth, identityId, rest)
  }
)
