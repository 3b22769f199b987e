import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendProducerGroupWorkflow } from "../../../../../workflows/producer/workflows/suspend-producer-group"
import type { AdminSuspendProducerGroupType } from "../../validators"
import { retrieveAdminProducerGroup } from "../../retrieve-admin-producer-group"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminSuspendProducerGroupType>,
  res: MedusaResponse
) {
  await suspendProducerGroupWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  const group = await retrieveAdminProducerGroup(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ producer_group: group })
}
