import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** 404 for a producer group id that does not exist. */
export async function findProducerGroupOrThrow(container: MedusaContainer, groupId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "producer_group", fields: ["id"], filters: { id: groupId } })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group ${groupId} was not found`)
  }
  return group as { id: string }
}
