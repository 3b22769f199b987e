import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  configuredJwtSecret,
  verifyOrderConfirmationToken,
} from "../../../lib/order-confirmation-token"

export const ORDER_CONFIRMATION_TOKEN_HEADER = "x-order-confirmation-token"

/**
 * Medusa lets anyone who knows an order id read the order. Here only its customer may (Medusa's
 * store auth has already read any customer login), or a guest holding the confirmation token
 * `POST /store/order-confirmations` gave for exactly this order. Anyone else is told the order
 * does not exist, as if they had guessed a wrong id.
 */
async function requireOrderReader(
  req: MedusaStoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const orderId = req.params.id
  const token = req.headers[ORDER_CONFIRMATION_TOKEN_HEADER]
  if (
    typeof token === "string" &&
    verifyOrderConfirmationToken(token, orderId, configuredJwtSecret(req.scope))
  ) {
    return next()
  }
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : ""
  if (customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: orderId },
    })
    if (data[0]?.customer_id === customerId) {
      return next()
    }
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
}

/** With a method, this runs after Medusa's own middlewares for the route and before its handler. */
export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [requireOrderReader] },
]
