import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireOrderAccess } from "../../utils/order-access"

/**
 * Medusa's `POST /store/returns` takes the order id as its only proof. Here only the order's
 * customer, or a guest with the order's confirmation token, may file a return on it.
 */
export const storeReturnsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/returns", middlewares: [requireOrderAccess("owner", "body")] },
]
