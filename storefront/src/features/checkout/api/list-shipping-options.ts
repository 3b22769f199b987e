import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type ShippingOptionType = HttpTypes.StoreCartShippingOption

/** The ways the cart can be shipped to its address, with their prices in the cart's currency. */
export async function listShippingOptions(cartId: string): Promise<ShippingOptionType[]> {
  const { shipping_options } = await getSdk().store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

/** Keyed by the cart's region and address too: a new address can mean other options. */
export const shippingOptionsQueryOptions = (cartId: string, addressKey: string) =>
  queryOptions({
    queryKey: ["cart", "shipping-options", cartId, addressKey],
    queryFn: () => listShippingOptions(cartId),
  })

export function useShippingOptions(cartId: string, addressKey: string, enabled: boolean) {
  return useQuery({ ...shippingOptionsQueryOptions(cartId, addressKey), enabled })
}
