import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateOrderConfirmation } from "./validators"

export const storeOrderConfirmationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/order-confirmations",
    middlewares: [validateAndTransformBody(StoreCreateOrderConfirmation)],
  },
]
