import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Companies, newest first unless said; `status` and `q` (names, tax number) filter them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies, metadata } = await query.graph({
    entity: "company",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    companies,
    count: metadata?.count ?? companies.length,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
  })
}
