import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_REFERENCE_KEY } from "../utils/cart-reference"

type OrderRowType = { id: string; status: string; metadata?: Record<string, unknown> | null }

/**
 * Orders placed from the cart that were never linked to it: Medusa's completion creates the order,
 * then links it to the cart in a later step, so a process killed in between leaves such an order
 * behind, and a retried completion would place a second one. They carry the cart's reference
 * (metadata) and belong to the cart's customer (a guest's email has one too).
 */
export const findUnlinkedCartOrdersStep = createStep(
  "find-unlinked-cart-orders",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "created_at"],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as { customer_id?: string | null; created_at: string | Date } | undefined
    if (!cart?.customer_id) {
      return new StepResponse([] as string[])
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status", "metadata"],
      filters: { customer_id: cart.customer_id, created_at: { $gte: cart.created_at } },
    })
    const unlinked = (orders as OrderRowType[])
      .filter((order) => order.metadata?.[CART_REFERENCE_KEY] === input.cart_id && order.status !== OrderStatus.CANCELED)
      .map((order) => order.id)
    return new StepResponse(unlinked)
  }
)
