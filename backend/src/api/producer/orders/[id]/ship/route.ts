import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipOrderLinesWorkflow } from "../../../../../workflows/orders/workflows/ship-order-lines"
import { producerScope } from "../../../scope"
import type { ProducerShipOrderLinesType } from "../../validators"
import { queryProducerOrders } from "../../query-producer-orders"

/** Marks lines shipped with tracking. */
export async function POST(
  req: AuthenticatedMedusaRequest<ProducerShipOrderLinesType>,
  res: MedusaResponse
) {
  const { groupId, memberId } = producerScope(req)
  await shipOrderLinesWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      order_id: req.params.id,
      producer_group_id: groupId,
      member_id: memberId,
    },
  })
  const [order] = await queryProducerOrders(req.scope, groupId, [req.params.id])
  res.json({ order })
}
