import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  configuredJwtSecret,
  ORDER_CONFIRMATION_TTL_SECONDS,
  signOrderConfirmationToken,
} from "../../../lib/order-confirmation-token"
import { canAccessCart } from "../../utils/cart-access"
import type { StoreCreateOrderConfirmationType } from "./validators"

type CartOrderRowType = { id: string; order?: { id: string; created_at: string | Date } | null }

/**
 * A guest's confirmation page: the cart the shopper just completed (its id stays in the browser)
 * buys a short-lived token to read that one order through `GET /store/orders/:id`.
 */
export async function POST(
  req: MedusaStoreRequest<StoreCreateOrderConfirmationType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { cart_id } = req.validatedBody
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "order.id", "order.created_at"],
    filters: { id: cart_id },
  })
  const order = (data[0] as CartOrderRowType | undefined)?.order
  const placedAt = order ? new Date(order.created_at).getTime() : Number.NaN
  if (
    !order ||
    !(Date.now() - placedAt < ORDER_CONFIRMATION_TTL_SECONDS * 1000) ||
    // A registered customer's order is read with their login, never through the cart's id.
    !(await canAccessCart(req.scope, cart_id, req.auth_context))
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No order placed in the last 24 hours from cart ${cart_id}`
    )
  }
  const { token, expires_at } = signOrderConfirmationToken(order.id, configuredJwtSecret(req.scope))
  res.status(200).json({ order_id: order.id, token, expires_at })
}
