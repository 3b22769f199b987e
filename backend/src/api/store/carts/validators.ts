import { z } from "zod"

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
