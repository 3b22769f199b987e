import { getSdk } from "@/lib/sdk"
import { useCartMutation, type CartType } from "@/lib/cart"

export async function setShippingMethod(cartId: string, optionId: string): Promise<CartType> {
  const { cart } = await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId })
  return cart
}

/** Chooses how the cart is shipped (Medusa replaces the cart's previous choice). */
export function useSetShippingMethod() {
  return useCartMutation(setShippingMethod)
}
