import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { canAccessCart } from "../../utils/cart-access"
import { rejectInvalid } from "../../utils/reject-invalid"
import { serializeCartCompletion } from "./serialize-completion"

/** The most units of one variant a cart line may hold (a hotel's wholesale order fits). */
export const MAX_LINE_QUANTITY = 10_000

/** Whole units only; removing a line is `DELETE /store/carts/:id/line-items/:line_id`. */
const Quantity = z
  .number({ error: "quantity must be a number" })
  .int("quantity must be a whole number")
  .min(1, "quantity must be at least 1")
  .max(MAX_LINE_QUANTITY, `quantity must be at most ${MAX_LINE_QUANTITY}`)

const Metadata = z.record(z.string(), z.unknown()).nullish()

/**
 * Prices, totals and shipping amounts are never the client's to say: the schemas name every
 * field a shopper may send, so `unit_price`, `total` or `amount` get 400 instead of being dropped.
 */
export const StoreCartLineItem = z
  .object({ variant_id: z.string().min(1), quantity: Quantity, metadata: Metadata })
  .strict()
export const StoreUpdateCartLineItemQuantity = z.object({ quantity: Quantity, metadata: Metadata }).strict()
export const StoreCreateCartItems = z.object({ items: z.array(StoreCartLineItem).optional() }).loose()
export const StoreAddCartShippingMethod = z
  .object({ option_id: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() })
  .strict()
export const StoreCompleteCart = z.object({}).strict()

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
