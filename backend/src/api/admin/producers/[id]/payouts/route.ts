import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../../../modules/settlement"
import type SettlementModuleService from "../../../../../modules/settlement/service"
import { recordPayoutWorkflow } from "../../../../../workflows/settlement/workflows/record-payout"
import { findProducerGroupOrThrow } from "./find-producer-group-or-throw"
import type { AdminCreatePayoutType } from "./validators"

/** The group's payouts, most recently paid first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await findProducerGroupOrThrow(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 50 } = req.queryConfig.pagination ?? {}
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: { producer_group_id: req.params.id },
    pagination: { skip, take, order: { paid_at: "DESC", id: "DESC" } },
  })
  res.json({ payouts, count: metadata?.count ?? payouts.length, limit: take, offset: skip })
}

/** Records money paid to the group; refused beyond what the group is owed in that currency. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePayoutType>,
  res: MedusaResponse
) {
  const { result: payout } = await recordPayoutWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      producer_group_id: req.params.id,
      recorded_by: req.auth_context.actor_id,
    },
  })
  const settlement: SettlementModuleService = req.scope.resolve(SETTLEMENT_MODULE)
  res.json({ payout, balances: await settlement.balances(req.params.id) })
}
