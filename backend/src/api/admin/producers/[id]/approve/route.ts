import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProducerGroupWorkflow } from "../../../../../workflows/producer/workflows/approve-producer-group"
import { retrieveAdminProducerGroup } from "../../retrieve-admin-producer-group"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await approveProducerGroupWorkflow(req.scope).run({ input: { id: req.params.id } })
  const group = await retrieveAdminProducerGroup(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ producer_group: group })
}
