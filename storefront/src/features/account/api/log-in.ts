import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { LogInType } from "@/features/account/api/account-schemas"
import { getAuth } from "@/lib/auth"
import { CART_QUERY_KEY, savedCartId } from "@/lib/cart"
import { CUSTOMER_QUERY_KEY } from "@/lib/customer"
import { getSdk } from "@/lib/sdk"

/** Medusa answers a login as a redirect or a second factor only for providers we do not use. */
export class LoginNotCompletedError extends Error {}

/** Logs the customer in and gives them the cart they filled as a guest. */
export async function logIn({ email, password }: LogInType): Promise<void> {
  const result = await getAuth().login("customer", "emailpass", { email, password })
  if (typeof result !== "string") {
    throw new LoginNotCompletedError("This login needs a step the shop does not offer.")
  }
  const cartId = savedCartId()
  if (cartId) {
    await getSdk().store.cart.transferCart(cartId)
  }
}

export function useLogIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: logIn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: CUSTOMER_QUERY_KEY })
      await client.invalidateQueries({ queryKey: CART_QUERY_KEY })
    },
  })
}
