import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type OrderListItemType = Pick<
  HttpTypes.StoreOrder,
  "id" | "display_id" | "created_at" | "total" | "currency_code" | "status"
> & { itemCount: number }

/** The signed-in customer's orders, newest first. */
export async function listOrders(): Promise<OrderListItemType[]> {
  const { orders } = await getSdk().store.order.list({
    fields: "id,display_id,created_at,total,currency_code,status,items.quantity",
    order: "-created_at",
    limit: 50,
  })
  return orders.map((order) => ({
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    total: order.total,
    currency_code: order.currency_code,
    status: order.status,
    itemCount: (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0),
  }))
}

export const ordersQueryOptions = () =>
  queryOptions({
    queryKey: ["orders", "list"],
    queryFn: listOrders,
  })

export function useOrders() {
  return useQuery(ordersQueryOptions())
}
