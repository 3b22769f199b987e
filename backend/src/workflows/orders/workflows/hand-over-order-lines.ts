import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import type { ProducerHandOverOrderLinesType } from "../../../api/producer/orders/validators"
import { getProducerOrderLinesStep } from "../steps/get-producer-order-lines"
import { validateHandOverLinesStep } from "../steps/validate-hand-over-lines"
import { PRODUCER_ORDER_LOCK } from "../utils/producer-order-lock"

export type HandOverOrderLinesInputType = ProducerHandOverOrderLinesType & {
  order_id: string
  producer_group_id: string
  /** The producer member who handed them over. */
  member_id: string
}

/**
 * A group hands lines over to the platform's courier: one Medusa fulfillment of those whole
 * lines from the group's own stock location, which takes the units out of its stock and
 * releases their reservations.
 */
export const handOverOrderLinesWorkflow = createWorkflow(
  "hand-over-order-lines",
  (input: HandOverOrderLinesInputType) => {
    const lockKey = transform({ input }, ({ input }) => PRODUCER_ORDER_LOCK.key(input.order_id))
    acquireLockStep({
      key: lockKey,
      timeout: PRODUCER_ORDER_LOCK.timeout,
      ttl: PRODUCER_ORDER_LOCK.ttl,
    })

    const order = getProducerOrderLinesStep({
      order_id: input.order_id,
      producer_group_id: input.producer_group_id,
      line_item_ids: input.line_item_ids,
    })
    validateHandOverLinesStep(order)
    const fulfillmentInput = transform({ input, order }, ({ input, order }) => ({
      order_id: order.order_id,
      location_id: order.location_id,
      items: order.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
      created_by: input.member_id,
      metadata: { producer_group_id: input.producer_group_id },
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(fulfillment)
  }
)
