import { z } from "zod"

export const StoreCreateOrderConfirmation = z
  .object({
    cart_id: z.string().regex(/^cart_[0-9A-Za-z]{1,60}$/, "a cart id (cart_...)"),
  })
  .strict()
export type StoreCreateOrderConfirmationType = z.infer<typeof StoreCreateOrderConfirmation>
