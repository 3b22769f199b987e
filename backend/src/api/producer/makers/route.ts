import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMakerWorkflow } from "../../../workflows/producer/workflows/create-maker"
import { producerScope } from "../scope"
import type { ProducerCreateMakerType, ProducerGetMakersType } from "./validators"
import { retrieveGroupMaker } from "./retrieve-group-maker"

/** The group's makers, retired ones included unless `retired=false`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetMakersType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const retired = req.validatedQuery.retired
  const { data: makers, metadata } = await query.graph({
    entity: "maker",
    fields: req.queryConfig.fields,
    filters: {
      group_id: producerScope(req).groupId,
      ...(retired === undefined ? {} : { retired_at: retired === "true" ? { $ne: null } : null }),
    },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { created_at: "ASC" },
    },
  })
  res.json({
    makers,
    count: metadata?.count ?? makers.length,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
  })
}

/** Records a new maker of the group; the group always comes from the login. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCreateMakerType>,
  res: MedusaResponse
) => {
  const { groupId, memberId } = producerScope(req)
  const { result } = await createMakerWorkflow(req.scope).run({
    input: { group_id: groupId, member_id: memberId, maker: req.validatedBody },
  })
  res.status(200).json(await retrieveGroupMaker(req, result.maker.id))
}
