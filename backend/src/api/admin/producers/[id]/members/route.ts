import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const MEMBER_FIELDS = ["id", "email", "first_name", "last_name", "phone", "created_at"]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "producer_group",
    fields: ["id", ...MEMBER_FIELDS.map((field) => `members.${field}`)],
    filters: { id: req.params.id },
  })
  if (!group) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer group with id: ${req.params.id} was not found`
    )
  }
  res.json({ members: group.members ?? [] })
}
