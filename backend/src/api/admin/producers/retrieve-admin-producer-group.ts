import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GROUP_COUNT_FIELDS, withGroupCounts } from "./with-group-counts"

/** What the operator sees of a group's invites: never the token, which only its creator gets. */
const INVITE_FIELDS = ["invites.id", "invites.email", "invites.expires_at", "invites.accepted_at", "invites.created_at"]

/**
 * The operator's full view of one group: its public profile, private account, members,
 * invites, private maker records and counts. Throws NOT_FOUND for an unknown id.
 */
export async function retrieveAdminProducerGroup(
  scope: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "producer_group",
    fields: [...fields, "account.*", "members.*", ...INVITE_FIELDS, "makers.*", ...GROUP_COUNT_FIELDS],
    filters: { id },
  })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group with id: ${id} was not found`)
  }
  return withGroupCounts(group, { keepMakers: true })
}
