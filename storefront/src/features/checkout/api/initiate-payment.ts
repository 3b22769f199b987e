import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"
import type { CartType } from "@/lib/cart"

export type PaymentSessionType = { id: string; providerId: string; data: Record<string, unknown> }

/**
 * Opens (or reopens) the cart's payment session with a provider. Medusa sizes it to the cart's
 * total, so it is asked again whenever the total changes.
 */
export async function initiatePayment(cart: CartType, providerId: string): Promise<PaymentSessionType> {
  const { payment_collection } = await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId })
  const session = payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === providerId)
  if (!session) {
    throw new Error("The payment could not be prepared.")
  }
  return { id: session.id, providerId, data: session.data ?? {} }
}

export const paymentSessionQueryOptions = (cart: CartType, providerId: string) =>
  queryOptions({
    queryKey: ["cart", "payment-session", cart.id, providerId, cart.total, cart.currency_code],
    queryFn: () => initiatePayment(cart, providerId),
    staleTime: Infinity,
    gcTime: 0,
  })

export function usePaymentSession(cart: CartType, providerId: string | null) {
  return useQuery({
    ...paymentSessionQueryOptions(cart, providerId ?? ""),
    enabled: providerId !== null,
  })
}
