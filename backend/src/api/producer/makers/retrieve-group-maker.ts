import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerScope } from "../scope"

/** Fields of the public projection a group sees beside its maker (the handle is for QR tags). */
const PUBLIC_MAKER_FIELDS = ["id", "handle", "display_name", "has_public_profile"]

/** One of the acting group's makers with its public projection; another group's is "not found". */
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
  return { maker: makers[0], public_maker: publicMakers[0] ?? null }
}
