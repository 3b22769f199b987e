import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  releaseLockStep,
  updateFulfillmentWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ProducerShipOrderLinesType } from "../../../api/producer/orders/validators"
import { getProducerOrderLinesStep } from "../steps/get-producer-order-lines"
import { validateShipLinesStep } from "../steps/validate-ship-lines"
import { PRODUCER_ORDER_LOCK } from "../utils/producer-order-lock"

/** What the producer's request validated, in the acting member's group and on one order. */
export type ShipOrderLinesInputType = ProducerShipOrderLinesType & {
  order_id: string
  producer_group_id: string
  member_id: string
}

/**
 * Marks lines shipped with tracking: lines still at the group are fulfilled from its location
 * first (the group ships them itself); lines handed over together are shipped as that
 * fulfillment. Medusa's shipment carries the tracking number and URL as a label; the carrier,
 * which labels have no field for, goes in the fulfillment's metadata.
 */
export const shipOrderLinesWorkflow = createWorkflow(
  "ship-order-lines",
  (input: ShipOrderLinesInputType) => {
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
    const plan = validateShipLinesStep(order)

    const created = when({ plan }, ({ plan }) => !plan.fulfillment_id).then(() =>
      createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ input, order }, ({ input, order }) => ({
          order_id: order.order_id,
          location_id: order.location_id,
          items: order.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
          created_by: input.member_id,
          metadata: {
            producer_group_id: input.producer_group_id,
            ...(input.carrier ? { carrier: input.carrier } : {}),
          },
        })),
      })
    )
    when({ plan, input }, ({ plan, input }) => !!plan.fulfillment_id && !!input.carrier).then(() =>
      updateFulfillmentWorkflow.runAsStep({
        input: transform({ plan, input }, ({ plan, input }) => ({
          id: plan.fulfillment_id as string,
          metadata: { ...plan.metadata, carrier: input.carrier },
        })),
      })
    )

    const shipmentInput = transform(
      { input, order, plan, created },
      ({ input, order, plan, created }) => ({
        order_id: order.order_id,
        fulfillment_id: (plan.fulfillment_id ?? created?.id) as string,
        items: order.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
        labels: [
          {
            tracking_number: input.tracking_number,
            tracking_url: input.tracking_url ?? "",
            label_url: "",
          },
        ],
        created_by: input.member_id,
      })
    )
    createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(shipmentInput.fulfillment_id)
  }
)
