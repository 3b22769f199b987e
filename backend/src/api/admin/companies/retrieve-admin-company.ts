import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const DETAIL_FIELDS = [
  "outlets.*",
  "buyers.id",
  "buyers.role",
  "buyers.customer_id",
  "buyers.created_at",
  "buyers.customer.email",
  "buyers.customer.first_name",
  "buyers.customer.last_name",
  // Never the token's hash: nothing outside the invite's acceptance needs it.
  "invites.id",
  "invites.email",
  "invites.role",
  "invites.expires_at",
  "invites.accepted_at",
  "invites.created_at",
]

/** The operator's full view of one company. Throws NOT_FOUND for an unknown id. */
export async function retrieveAdminCompany(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({ entity: "company", fields: [...fields, ...DETAIL_FIELDS], filters: { id } })
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${id} was not found`)
  }
  return company
}
