import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type CustomerType = HttpTypes.StoreCustomer

export const CUSTOMER_QUERY_KEY = ["customer", "me"] as const

/**
 * The signed-in customer, or null for a guest. The SDK keeps the customer's token (set when
 * they log in, in the account area) and sends it with every request.
 */
export async function fetchCustomer(): Promise<CustomerType | null> {
  try {
    const { customer } = await getSdk().store.customer.retrieve({ fields: "*addresses" })
    return customer
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 403)) {
      return null
    }
    throw error
  }
}

export const customerQueryOptions = () =>
  queryOptions({
    queryKey: CUSTOMER_QUERY_KEY,
    queryFn: fetchCustomer,
    staleTime: 5 * 60_000,
  })

export function useCustomer() {
  return useQuery(customerQueryOptions())
}
