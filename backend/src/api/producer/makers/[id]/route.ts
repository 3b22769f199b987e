import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retireMakerWorkflow } from "../../../../workflows/producer/workflows/retire-maker"
import { updateMakerWorkflow } from "../../../../workflows/producer/workflows/update-maker"
import { producerScope } from "../../scope"
import type { ProducerUpdateMakerType } from "../validators"
import { retrieveGroupMaker } from "../retrieve-group-maker"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveGroupMaker(req, req.params.id))
}

/** Edits a maker; consent changes are recorded and reach the store's projection at once. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateMakerType>,
  res: MedusaResponse
) => {
  const { groupId, memberId } = producerScope(req)
  await updateMakerWorkflow(req.scope).run({
    input: { group_id: groupId, member_id: memberId, id: req.params.id, update: req.validatedBody },
  })
  res.json(await retrieveGroupMaker(req, req.params.id))
}

/**
 * Retires a maker (there is no deletion: products that credit them keep the credit). Answers
 * with the retired maker.
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retireMakerWorkflow(req.scope).run({
    input: { group_id: producerScope(req).groupId, id: req.params.id },
  })
  res.json(await retrieveGroupMaker(req, req.params.id))
}
