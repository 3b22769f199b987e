import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { canAccessCart } from "../../utils/cart-access"
import { rejectInvalid } from "../../utils/reject-invalid"
import { serializeCartCompletion } from "./serialize-completion"
import {
  StoreAddCartShippingMethod,
  StoreCartLineItem,
  StoreCompleteCart,
  StoreCreateCartItems,
  StoreUpdateCartLineItemQuantity,
} from "./validators"

async function guardCart(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!(await canAccessCart(req.scope, req.params.id, req.auth_context))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id ${req.params.id} was not found`)
  }
  next()
}

/** Another customer's cart answers as if it did not exist, on every route Medusa has for a cart. */
const CART_ROUTES: [("GET" | "POST" | "DELETE")[], string][] = [
  [["GET", "POST"], "/store/carts/:id"],
  [["POST"], "/store/carts/:id/customer"],
  [["POST"], "/store/carts/:id/line-items"],
  [["POST", "DELETE"], "/store/carts/:id/line-items/:line_id"],
  [["POST", "DELETE"], "/store/carts/:id/promotions"],
  [["POST"], "/store/carts/:id/taxes"],
  [["POST"], "/store/carts/:id/shipping-methods"],
  [["POST"], "/store/carts/:id/complete"],
]

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  ...CART_ROUTES.map(([method, matcher]) => ({ method, matcher, middlewares: [guardCart] })),
  { method: ["POST"], matcher: "/store/carts", middlewares: [rejectInvalid(StoreCreateCartItems)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [rejectInvalid(StoreCartLineItem)] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [rejectInvalid(StoreUpdateCartLineItemQuantity)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/shipping-methods",
    middlewares: [rejectInvalid(StoreAddCartShippingMethod)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [rejectInvalid(StoreCompleteCart), serializeCartCompletion],
  },
]
