import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerGroupWorkflow } from "../../../workflows/producer/workflows/create-producer-group"
import type { AdminCreateProducerGroupType } from "./validators"
import { retrieveAdminProducerGroup } from "./retrieve-admin-producer-group"
import { GROUP_COUNT_FIELDS, withGroupCounts } from "./with-group-counts"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer_group",
    fields: [...req.queryConfig.fields, ...GROUP_COUNT_FIELDS],
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    producer_groups: data.map((group) => withGroupCounts(group)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateProducerGroupType>,
  res: MedusaResponse
) {
  const { result } = await createProducerGroupWorkflow(req.scope).run({ input: req.validatedBody })
  const group = await retrieveAdminProducerGroup(req.scope, result.group.id, req.queryConfig.fields)
  res.status(200).json({ producer_group: group })
}
