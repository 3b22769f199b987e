import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AccountAddressType } from "@/features/account/api/account-schemas"
import { CUSTOMER_QUERY_KEY } from "@/lib/customer"
import { getSdk } from "@/lib/sdk"

function toMedusaAddress(address: AccountAddressType) {
  return {
    first_name: address.firstName,
    last_name: address.lastName,
    address_1: address.address1,
    city: address.city,
    postal_code: address.postalCode,
    country_code: address.countryCode,
    phone: address.phone,
  }
}

export async function createAddress(address: AccountAddressType): Promise<void> {
  await getSdk().store.customer.createAddress(toMedusaAddress(address))
}

export async function updateAddress({ id, address }: { id: string; address: AccountAddressType }): Promise<void> {
  await getSdk().store.customer.updateAddress(id, toMedusaAddress(address))
}

export async function deleteAddress(id: string): Promise<void> {
  await getSdk().store.customer.deleteAddress(id)
}

/** Each change answers with the customer; we refetch it so every page sees the same addresses. */
function useAddressMutation<TInput>(change: (input: TInput) => Promise<void>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: CUSTOMER_QUERY_KEY }),
  })
}

export const useCreateAddress = () => useAddressMutation(createAddress)
export const useUpdateAddress = () => useAddressMutation(updateAddress)
export const useDeleteAddress = () => useAddressMutation(deleteAddress)
