import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type OrderType = HttpTypes.StoreOrder

/** The header that carries a guest's confirmation token (POST /store/order-confirmations). */
export const ORDER_CONFIRMATION_TOKEN_HEADER = "x-order-confirmation-token"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "status",
  "currency_code",
  "region_id",
  "total",
  "subtotal",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
].join(",")

/**
 * An order, read by its customer (their token goes with every request) or by a guest holding the
 * confirmation token; null when the store will not show it (unknown, or not theirs).
 */
export async function fetchOrder(orderId: string, token: string | null): Promise<OrderType | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(
      orderId,
      { fields: ORDER_FIELDS },
      token ? { [ORDER_CONFIRMATION_TOKEN_HEADER]: token } : undefined
    )
    return order
  } catch (error) {
    if (error instanceof FetchError && [401, 403, 404].includes(error.status ?? 0)) {
      return null
    }
    throw error
  }
}

export const orderQueryOptions = (orderId: string, token: string | null) =>
  queryOptions({
    queryKey: ["orders", "detail", orderId, token],
    queryFn: () => fetchOrder(orderId, token),
  })

export function useOrder(orderId: string, token: string | null) {
  return useQuery(orderQueryOptions(orderId, token))
}
