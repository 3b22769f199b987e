import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { CART_REFERENCE_KEY } from "../orders/utils/cart-reference"

/**
 * Every new cart carries its id in its metadata (see cart-reference.ts). No compensation: when a
 * later step fails, Medusa's own compensation deletes the cart.
 */
createCartWorkflow.hooks.cartCreated(async ({ cart }, { container }) => {
  const carts = container.resolve(Modules.CART)
  await carts.updateCarts(cart.id, { metadata: { ...(cart.metadata ?? {}), [CART_REFERENCE_KEY]: cart.id } })
})
