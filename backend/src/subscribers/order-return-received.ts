import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { reverseOrderSalesWorkflow } from "../workflows/settlement/workflows/reverse-order-sales"

/**
 * Gives back the share of the returned units once a return is received (the moment Medusa
 * counts them as returned and the customer's refund becomes due).
 */
export default async function orderReturnReceivedHandler({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await reverseOrderSalesWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "settlement-order-return-received" },
}
