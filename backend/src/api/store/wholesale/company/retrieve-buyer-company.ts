import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { WholesaleScopeType } from "../scope"

/** The caller's company as its buyers see it, with the caller's own role in it. */
export async function retrieveBuyerCompany(
  scope: MedusaContainer,
  wholesale: Pick<WholesaleScopeType, "companyId" | "buyerId" | "role">,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({ entity: "company", fields, filters: { id: wholesale.companyId } })
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${wholesale.companyId} was not found`)
  }
  return { company, buyer: { id: wholesale.buyerId, role: wholesale.role } }
}
