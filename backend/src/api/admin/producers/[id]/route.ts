import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerGroupWorkflow } from "../../../../workflows/producer/workflows/update-producer-group"
import type { AdminUpdateProducerGroupType } from "../validators"
import { retrieveAdminProducerGroup } from "../retrieve-admin-producer-group"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const group = await retrieveAdminProducerGroup(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ producer_group: group })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateProducerGroupType>,
  res: MedusaResponse
) {
  await updateProducerGroupWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  const group = await retrieveAdminProducerGroup(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ producer_group: group })
}
