import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type CartOwnerRowType = { id: string; customer_id: string | null; customer?: { has_account: boolean } | null }

/**
 * A guest's cart is reached by its id, as Medusa intends (the id is the guest's only credential).
 * A cart that belongs to a registered customer is that customer's alone. An unknown cart is
 * no one's: callers answer 404 before Medusa's handlers, some of which fail on a missing cart.
 */
export async function canAccessCart(
  scope: MedusaContainer,
  cartId: string,
  authContext: MedusaStoreRequest["auth_context"]
): Promise<boolean> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartOwnerRowType | undefined
  if (!cart) {
    return false
  }
  if (!cart.customer?.has_account) {
    return true
  }
  return authContext?.actor_type === "customer" && authContext.actor_id === cart.customer_id
}
