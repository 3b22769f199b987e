import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

/** The shopper's cart id survives reloads and visits (a tourist may come back after the trip). */
export const CART_STORAGE_KEY = "sipakam.cart"

export type CartType = HttpTypes.StoreCart

/** Where the id lives when the browser blocks storage. */
let memoryCartId: string | null = null

export function savedCartId(): string | null {
  try {
    return window.localStorage.getItem(CART_STORAGE_KEY)
  } catch {
    // Storage can be blocked: the cart then lives as long as the page.
    return memoryCartId
  }
}

export function saveCartId(cartId: string | null): void {
  memoryCartId = cartId
  try {
    if (cartId) {
      window.localStorage.setItem(CART_STORAGE_KEY, cartId)
    } else {
      window.localStorage.removeItem(CART_STORAGE_KEY)
    }
  } catch {
    // Kept in memory only (above).
  }
}

export const CART_QUERY_KEY = ["cart"] as const

/** The saved cart, or null when there is none, it was completed or it no longer exists. */
export async function fetchCart(): Promise<CartType | null> {
  const cartId = savedCartId()
  if (!cartId) {
    return null
  }
  try {
    const { cart } = await getSdk().store.cart.retrieve(cartId)
    if (cart.completed_at) {
      saveCartId(null)
      return null
    }
    return cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      saveCartId(null)
      return null
    }
    throw error
  }
}

export const cartQueryOptions = () =>
  queryOptions({
    queryKey: CART_QUERY_KEY,
    queryFn: fetchCart,
    staleTime: 30_000,
  })

export function useCart() {
  return useQuery(cartQueryOptions())
}

/** How many items the cart holds (the header's badge). */
export function cartItemCount(cart: { items?: { quantity: number }[] | null } | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** The saved cart, or a new one in the shopper's region. */
async function ensureCart(client: QueryClient, regionId: string): Promise<CartType> {
  const existing = await client.fetchQuery(cartQueryOptions())
  if (existing) {
    return existing
  }
  const { cart } = await getSdk().store.cart.create({ region_id: regionId })
  saveCartId(cart.id)
  return cart
}

export type AddToCartInputType = { variantId: string; quantity: number; regionId: string }

/** Adds a variant to the cart, creating the cart on the first add. */
export function useAddToCart() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ variantId, quantity, regionId }: AddToCartInputType) => {
      const cart = await ensureCart(client, regionId)
      const { cart: updated } = await getSdk().store.cart.createLineItem(cart.id, {
        variant_id: variantId,
        quantity,
      })
      return updated
    },
    onSuccess: (cart) => client.setQueryData(CART_QUERY_KEY, cart),
  })
}

/** The cart a change answered with becomes the cached cart. */
export function useCartMutation<TInput>(change: (cartId: string, input: TInput) => Promise<CartType>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (input: TInput) => {
      const cartId = savedCartId()
      if (!cartId) {
        throw new Error("There is no cart.")
      }
      return change(cartId, input)
    },
    onSuccess: (cart) => client.setQueryData(CART_QUERY_KEY, cart),
  })
}

/** Forgets the cart once it became an order. */
export function forgetCart(client: QueryClient): void {
  saveCartId(null)
  client.setQueryData(CART_QUERY_KEY, null)
}
