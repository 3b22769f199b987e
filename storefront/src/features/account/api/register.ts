import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { RegisterType } from "@/features/account/api/account-schemas"
import { logIn } from "@/features/account/api/log-in"
import { getAuth } from "@/lib/auth"
import { CART_QUERY_KEY } from "@/lib/cart"
import { CUSTOMER_QUERY_KEY } from "@/lib/customer"
import { getSdk } from "@/lib/sdk"

/** Creates the login, then the customer it belongs to, then logs in (Medusa's three steps). */
export async function register(input: RegisterType): Promise<void> {
  await getAuth().register("customer", "emailpass", { email: input.email, password: input.password })
  await getSdk().store.customer.create({ email: input.email, first_name: input.firstName, last_name: input.lastName })
  await logIn({ email: input.email, password: input.password })
}

export function useRegister() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: register,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: CUSTOMER_QUERY_KEY })
      await client.invalidateQueries({ queryKey: CART_QUERY_KEY })
    },
  })
}
