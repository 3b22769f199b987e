import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { canAccessCart } from "../../utils/cart-access"

/** A payment collection is reached through its cart, under the cart's access rule. */
async function guardCartOfBody(
  req: MedusaStoreRequest<{ cart_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const cartId = req.body?.cart_id
  if (typeof cartId === "string" && !(await canAccessCart(req.scope, cartId, req.auth_context))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id ${cartId} was not found`)
  }
  next()
}

async function guardCollectionCart(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  // A collection of no cart (or none at all) is not the store's to pay: Medusa would fail on it.
  if (!cartId || !(await canAccessCart(req.scope, cartId, req.auth_context))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection ${req.params.id} was not found`)
  }
  next()
}

export const storePaymentCollectionsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [guardCartOfBody] },
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [guardCollectionCart],
  },
]
