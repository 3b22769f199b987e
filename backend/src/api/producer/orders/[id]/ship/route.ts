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
  const { line_item_ids, tracking_number, carrier, tracking_url } = req.validatedBody
  await shipOrderLinesWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      producer_group_id: groupId,
      line_item_ids,
      tracking_number,
      carrier: carrier ?? null,
      tracking_url: tracking_url ?? null,
      member_id: memberId,
    },
  })
  const [order] = await queryProducerOrders(req.scope, groupId, [req.params.id])
  res.json({ order })
}
