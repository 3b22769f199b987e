import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerScope } from "../scope"

/** Fields of the public projection a group sees beside its maker (the handle is for QR tags). */
const PUBLIC_MAKER_FIELDS = ["id", "handle", "display_name", "has_public_profile"]

/** Who recorded a maker's consent answer: a member of the group, named for the group to read. */
const CONSENT_RECORDER_FIELDS = ["id", "first_name", "last_name", "email"]

/**
 * One of the acting group's makers with its public projection and the member who recorded its
 * consent answer (null when none did, as for the demo's makers); another group's is "not found".
 */
export async function retrieveGroupMaker(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: makers } = await query.graph({
    entity: "maker",
    fields: req.queryConfig.fields,
    filters: { id, group_id: producerScope(req).groupId },
  })
  if (!makers[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker with id: ${id} was not found`)
  }
  const { data: publicMakers } = await query.graph({
    entity: "public_maker",
    fields: PUBLIC_MAKER_FIELDS,
    filters: { maker_id: id },
  })
  const recorderId = (makers[0] as { consent_recorded_by?: string | null }).consent_recorded_by
  const { data: recorders } = recorderId
    ? await query.graph({
        entity: "producer_member",
        fields: CONSENT_RECORDER_FIELDS,
        filters: { id: recorderId, group_id: producerScope(req).groupId },
      })
    : { data: [] }
  return {
    maker: makers[0],
    public_maker: publicMakers[0] ?? null,
    consent_recorder: recorders[0] ?? null,
  }
}
