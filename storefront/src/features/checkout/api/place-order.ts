import { useMutation, useQueryClient } from "@tanstack/react-query"
import { forgetCart } from "@/lib/cart"
import { getSdk } from "@/lib/sdk"

/** What `POST /store/order-confirmations` gives a guest: a short-lived right to read the order. */
export type OrderConfirmationType = { order_id: string; token: string; expires_at: string }

export type PlacedOrderType = { orderId: string; token: string | null }

/** The page a placed order is confirmed on; a guest's carries the token that lets them read it. */
export function confirmationPath({ orderId, token }: PlacedOrderType): string {
  const path = `/orders/${encodeURIComponent(orderId)}/confirmed`
  return token ? `${path}?${new URLSearchParams({ token })}` : path
}

/**
 * Completes the cart into an order. A guest then asks for a confirmation token (the store only
 * shows an order to its customer, or to whoever holds its token); a signed-in customer needs none.
 */
export async function placeOrder(cartId: string, isSignedIn: boolean): Promise<PlacedOrderType> {
  const sdk = getSdk()
  const result = await sdk.store.cart.complete(cartId)
  if (result.type !== "order") {
    throw new Error(result.error?.message ?? "The order could not be placed.")
  }
  if (isSignedIn) {
    return { orderId: result.order.id, token: null }
  }
  try {
    const confirmation = await sdk.client.fetch<OrderConfirmationType>("/store/order-confirmations", {
      method: "POST",
      body: { cart_id: cartId },
    })
    return { orderId: confirmation.order_id, token: confirmation.token }
  } catch (error) {
    throw new OrderPlacedWithoutConfirmationError(result.order.display_id ?? null, error)
  }
}

/** The order exists, but the page that shows it cannot be opened (no confirmation token). */
export class OrderPlacedWithoutConfirmationError extends Error {
  constructor(
    readonly displayId: number | null,
    cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

export function usePlaceOrder() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ cartId, isSignedIn }: { cartId: string; isSignedIn: boolean }) => placeOrder(cartId, isSignedIn),
    onSuccess: () => {
      forgetCart(client)
      void client.invalidateQueries({ queryKey: ["orders"] })
    },
    onError: (error) => {
      // The cart became an order all the same: a new visit starts a new cart.
      if (error instanceof OrderPlacedWithoutConfirmationError) forgetCart(client)
    },
  })
}
