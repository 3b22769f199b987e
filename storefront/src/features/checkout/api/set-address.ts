import * as z from "zod"
import { queryClient } from "@/lib/query-client"
import { getSdk } from "@/lib/sdk"
import { useCartMutation, type CartType } from "@/lib/cart"
import { postalAddressFields } from "@/lib/postal-address"
import { regionOfCountry, saveRegionId, type RegionType } from "@/lib/region"


/** The contact and shipping address form; messages are keys under `checkout.errors`. */
export const CheckoutAddressSchema = z
  .object({
    email: z.email({ error: "email" }).max(254, { error: "tooLong" }),
    ...postalAddressFields,
  })
  .strict()

export type CheckoutAddressType = z.infer<typeof CheckoutAddressSchema>

export type SetAddressInputType = { address: CheckoutAddressType; regions: RegionType[] }

/**
 * Saves the shopper's email and address on the cart. The country chooses the region, and with it
 * the currency: a cart moved to another region is repriced by Medusa in that region's currency.
 */
export async function setAddress(cartId: string, { address, regions }: SetAddressInputType): Promise<CartType> {
  const region = regionOfCountry(regions, address.countryCode)
  if (!region) {
    throw new Error(`No region ships to ${address.countryCode.toUpperCase()}.`)
  }
  const medusaAddress = {
    first_name: address.firstName,
    last_name: address.lastName,
    address_1: address.address1,
    city: address.city,
    postal_code: address.postalCode,
    country_code: address.countryCode,
    phone: address.phone,
  }
  const { cart } = await getSdk().store.cart.update(cartId, {
    region_id: region.id,
    email: address.email,
    shipping_address: medusaAddress,
    billing_address: medusaAddress,
  })
  saveRegionId(region.id)
  // Prices everywhere follow the new region.
  await queryClient.invalidateQueries({ queryKey: ["regions"] })
  return cart
}

export function useSetAddress() {
  return useCartMutation(setAddress)
}
