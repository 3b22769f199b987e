import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { authorizePlacedOrderPaymentWorkflow } from "../orders/workflows/authorize-placed-order-payment"
import { cancelUnlinkedCartOrdersWorkflow } from "../orders/workflows/cancel-unlinked-cart-orders"

/**
 * Makes a retried completion safe after the process died during an earlier one (kill -9, a
 * crash), under the completion's own cart lock:
 * - the order was placed and linked but its payment never authorized: authorize it, so the order
 *   the retry returns is paid for exactly once;
 * - the order was created but never linked to the cart: cancel it, so the retry places one order,
 *   not a second.
 */
completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: input.id },
  })
  const orderId = (data[0] as { order_id?: string } | undefined)?.order_id
  if (orderId) {
    await authorizePlacedOrderPaymentWorkflow(container).run({ input: { cart_id: input.id, order_id: orderId } })
  } else {
    await cancelUnlinkedCartOrdersWorkflow(container).run({ input: { cart_id: input.id } })
  }
})
