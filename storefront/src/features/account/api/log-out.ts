import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getAuth } from "@/lib/auth"
import { forgetCart } from "@/lib/cart"
import { CUSTOMER_QUERY_KEY } from "@/lib/customer"

/** Logs out; the cart stays with the account, so this browser starts a new one. */
export function useLogOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => getAuth().logout(),
    onSuccess: () => {
      forgetCart(client)
      client.setQueryData(CUSTOMER_QUERY_KEY, null)
      client.removeQueries({ queryKey: ["orders"] })
    },
  })
}
