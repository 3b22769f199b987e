import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

/** Medusa's system provider: no money moves, so the storefront calls it a test payment. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
/** @medusajs/payment-stripe registered with the id "stripe". */
export const STRIPE_PAYMENT_PROVIDER_ID = "pp_stripe_stripe"

export type PaymentMethodType = "stripe" | "test"

/**
 * How this shopper pays: Stripe when the storefront has a Stripe key and the region offers
 * Stripe, else the system provider's test payment when offered, else nothing.
 */
export function choosePaymentMethod(providerIds: readonly string[], hasStripeKey: boolean): PaymentMethodType | null {
  if (hasStripeKey && providerIds.includes(STRIPE_PAYMENT_PROVIDER_ID)) {
    return "stripe"
  }
  return providerIds.includes(SYSTEM_PAYMENT_PROVIDER_ID) ? "test" : null
}

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((provider) => provider.id)
}

export const paymentProvidersQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ["payment-providers", regionId],
    queryFn: () => listPaymentProviderIds(regionId),
    staleTime: 10 * 60_000,
  })

export function usePaymentProviders(regionId: string) {
  return useQuery(paymentProvidersQueryOptions(regionId))
}
