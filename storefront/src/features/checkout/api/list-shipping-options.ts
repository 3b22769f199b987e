import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { getSdk } from "@/lib/sdk"

export type ShippingOptionType = HttpTypes.StoreCartShippingOption

/** What the option costs, in the cart's currency. */
export function shippingOptionPrice(option: ShippingOptionType): number {
  return option.calculated_price?.calculated_amount ?? option.amount ?? 0
}

/**
 * The ways the cart can be shipped to its address, with their prices in the cart's currency,
 * cheapest first (the API's order is not stable, and the first one is preselected).
 */
export async function listShippingOptions(cartId: string): Promise<ShippingOptionType[]> {
  const { shipping_options } = await getSdk().store.fulfillment.listCartOptions({ cart_id: cartId })
  return [...shipping_options].sort((a, b) => shippingOptionPrice(a) - shippingOptionPrice(b) || a.name.localeCompare(b.name))
}

/**
 * Keyed by the cart's region and address (a new address can mean other options) and by the
 * language the SDK asks for (their names are translated).
 */
export const shippingOptionsQueryOptions = (cartId: string, addressKey: string, language: string | undefined) =>
  queryOptions({
    queryKey: ["cart", "shipping-options", cartId, addressKey, language],
    queryFn: () => listShippingOptions(cartId),
  })

export function useShippingOptions(cartId: string, addressKey: string) {
  const { i18n } = useTranslation()
  return useQuery(shippingOptionsQueryOptions(cartId, addressKey, i18n.resolvedLanguage))
}
