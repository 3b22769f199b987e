import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { reverseOrderSalesWorkflow } from "../workflows/settlement/workflows/reverse-order-sales"

/** Gives back the groups' sales and the platform's commission of a canceled order. */
export default async function orderCanceledHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseOrderSalesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "settlement-order-canceled" },
}
