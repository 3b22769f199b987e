import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One outlet of the company; another company's outlet is not found. */
export async function retrieveCompanyOutlet(
  scope: MedusaContainer,
  companyId: string,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [outlet],
  } = await query.graph({ entity: "outlet", fields, filters: { id, company_id: companyId } })
  if (!outlet) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Outlet with id: ${id} was not found`)
  }
  return outlet
}
