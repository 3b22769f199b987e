import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireOrderAccess } from "../../utils/order-access"

/**
 * Medusa lets anyone who knows an order id read it and open a transfer on it. Here every store
 * route that names an order answers only those `requireOrderAccess` allows, and 404 to anyone
 * else. With a method, these run after Medusa's own middlewares for the route (its login and
 * body validation) and before its handler.
 */
export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [requireOrderAccess("owner")] },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/request",
    middlewares: [requireOrderAccess("claimant")],
  },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/cancel",
    middlewares: [requireOrderAccess("claimant")],
  },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/accept",
    middlewares: [requireOrderAccess("transfer_token")],
  },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/decline",
    middlewares: [requireOrderAccess("transfer_token")],
  },
]
