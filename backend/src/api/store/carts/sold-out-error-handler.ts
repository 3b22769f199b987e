import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const SOLD_OUT_MESSAGE =
  "Sold out: an item in this cart is no longer available in the quantity asked for. " +
  "Change the cart and try again."

/**
 * Medusa refuses a sale it has no stock for with 400 and one of two internal messages ("Some
 * variant does not have the required inventory", "Not enough stock available for item iitem_…
 * at location sloc_…"). Shoppers get one clear message instead, same status, same code.
 */
export function isInsufficientInventory(error: unknown): boolean {
  // Errors from a workflow reach the route as plain serialized objects, not Error instances.
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { code, type, message } = error as { code?: unknown; type?: unknown; message?: unknown }
  return (
    code === MedusaError.Codes.INSUFFICIENT_INVENTORY ||
    (type === MedusaError.Types.NOT_ALLOWED &&
      typeof message === "string" &&
      /^Not enough stock available for item /.test(message))
  )
}

const medusaErrorHandler = errorHandler()

export function soldOutErrorHandler(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const clear =
    req.path.startsWith("/store/") && isInsufficientInventory(error)
      ? new MedusaError(MedusaError.Types.NOT_ALLOWED, SOLD_OUT_MESSAGE, MedusaError.Codes.INSUFFICIENT_INVENTORY)
      : error
  return medusaErrorHandler(clear as Error, req, res, next)
}
