import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { findUnlinkedCartOrdersStep } from "../steps/find-unlinked-cart-orders"

/**
 * Cancels what an interrupted completion of the cart left behind: an order never linked to the
 * cart, never paid and never announced (order.placed comes after the link). Medusa's cancellation
 * releases any stock it reserved. The completion then places the cart's one order.
 */
export const cancelUnlinkedCartOrdersWorkflow = createWorkflow(
  "cancel-unlinked-cart-orders",
  (input: { cart_id: string }) => {
    const orderIds = findUnlinkedCartOrdersStep(input)
    when("cart-has-unlinked-order", { orderIds }, ({ orderIds }) => orderIds.length > 0).then(() => {
      // Each retry cancels what the attempt before it left behind, so there is at most one.
      const first = transform({ orderIds }, ({ orderIds }) => ({ order_id: orderIds[0] }))
      cancelOrderWorkflow.runAsStep({ input: first })
    })
    return new WorkflowResponse(orderIds)
  }
)
