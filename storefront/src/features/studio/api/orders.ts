import { queryOptions, useQuery } from "@tanstack/react-query"
import { producerGet } from "@/features/studio/api/producer-client"

/** A line's progress: waiting for the group, handed over to the platform's courier, shipped. */
export type StudioLineStatusType = "pending" | "handed_over" | "shipped"

export type StudioOrderLineType = {
  id: string
  title: string
  product_id: string | null
  product_title: string | null
  variant_id: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
  amount: number
  status: StudioLineStatusType
  fulfillment_id: string | null
  handed_over_at: string | null
  shipped_at: string | null
  tracking: { number: string; url: string | null; carrier: string | null } | null
}

export type StudioShippingAddressType = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

/** An order as the group sees it: its own lines only (backend/src/api/producer/orders). */
export type StudioOrderType = {
  id: string
  display_id: number
  created_at: string
  status: string
  currency_code: string
  shipping_address: StudioShippingAddressType | null
  items: StudioOrderLineType[]
  /** The group's lines' amount, integer minor units. */
  amount: number
}

export const STUDIO_ORDERS_QUERY_KEY = ["studio", "orders"] as const

export const ordersQueryOptions = (page: { limit?: number; offset?: number } = {}) =>
  queryOptions({
    queryKey: [...STUDIO_ORDERS_QUERY_KEY, "list", page],
    queryFn: () =>
      producerGet<{ orders: StudioOrderType[]; count: number }>("/producer/orders", {
        limit: page.limit ?? 50,
        offset: page.offset,
      }),
  })

export function useStudioOrders(page: { limit?: number; offset?: number } = {}) {
  return useQuery(ordersQueryOptions(page))
}

export const orderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...STUDIO_ORDERS_QUERY_KEY, "one", id],
    queryFn: async () => (await producerGet<{ order: StudioOrderType }>(`/producer/orders/${id}`)).order,
  })

export function useStudioOrder(id: string) {
  return useQuery(orderQueryOptions(id))
}

/** Lines the group still has to hand over or ship. */
export const linesToDo = (order: StudioOrderType) => order.items.filter((line) => line.status === "pending")
