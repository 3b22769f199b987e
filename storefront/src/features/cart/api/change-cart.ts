import { getSdk } from "@/lib/sdk"
import { useCartMutation, type CartType } from "@/lib/cart"

export type UpdateLineInputType = { lineId: string; quantity: number }

export async function updateLineQuantity(cartId: string, { lineId, quantity }: UpdateLineInputType): Promise<CartType> {
  const { cart } = await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity })
  return cart
}

export async function removeLine(cartId: string, lineId: string): Promise<CartType> {
  const { parent } = await getSdk().store.cart.deleteLineItem(cartId, lineId)
  if (!parent) {
    throw new Error("The cart did not answer after removing the item.")
  }
  return parent
}

/** Changes how many of a line the cart holds. */
export function useUpdateLineQuantity() {
  return useCartMutation(updateLineQuantity)
}

/** Takes a line out of the cart. */
export function useRemoveLine() {
  return useCartMutation(removeLine)
}
