import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  handOverOrderLinesWorkflow,
} from "../../../../../workflows/orders/workflows/hand-over-order-lines"
import { producerScope } from "../../../scope"
import type { ProducerHandOverOrderLinesType } from "../../validators"
import { queryProducerOrders } from "../../query-producer-orders"

/** Hands whole lines over to the platform's courier. */
export async function POST(
  req: AuthenticatedMedusaRequest<ProducerHandOverOrderLinesType>,
  res: MedusaResponse
) {
  const { groupId, memberId } = producerScope(req)
  await handOverOrderLinesWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      producer_group_id: groupId,
      line_item_ids: req.validatedBody.line_item_ids,
      member_id: memberId,
    },
  })
  const [order] = await queryProducerOrders(req.scope, groupId, [req.params.id])
  res.json({ order })
}
