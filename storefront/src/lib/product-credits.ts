import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

/** Who made a product: its producer group and the makers the store may name. */
export type ProductCreditsType = {
  group: { handle: string; name: string } | null
  makers: { id: string; handle: string | null; displayName: string }[]
}

type CreditedProductType = {
  id: string
  producer_group?: { handle: string; name: string } | null
  makers?: ({ id: string; handle?: string | null; display_name: string } | null)[] | null
}

/** The credits of each product, by product id; products the store no longer sells are absent. */
export async function fetchProductCredits(productIds: readonly string[]): Promise<Record<string, ProductCreditsType>> {
  if (!productIds.length) {
    return {}
  }
  const { products } = await getSdk().store.product.list({
    id: [...productIds],
    fields: "id,*producer_group,*makers",
    limit: productIds.length,
  })
  return Object.fromEntries(
    (products as CreditedProductType[]).map((product) => [
      product.id,
      {
        group: product.producer_group
          ? { handle: product.producer_group.handle, name: product.producer_group.name }
          : null,
        makers: (product.makers ?? []).flatMap((maker) =>
          maker ? [{ id: maker.id, handle: maker.handle ?? null, displayName: maker.display_name }] : []
        ),
      },
    ])
  )
}

export const productCreditsQueryOptions = (productIds: readonly string[]) => {
  const ids = [...new Set(productIds)].sort()
  return queryOptions({
    queryKey: ["products", "credits", ids],
    queryFn: () => fetchProductCredits(ids),
    staleTime: 10 * 60_000,
  })
}

/**
 * Groups and makers of the products of a cart or an order. When a line is removed the previous
 * credits stay until the new ones arrive, so the cart does not flash back to loading.
 */
export function useProductCredits(productIds: readonly string[]) {
  return useQuery({ ...productCreditsQueryOptions(productIds), placeholderData: keepPreviousData })
}

export type GroupedLinesType<T> = { group: { handle: string; name: string } | null; lines: T[] }[]

/** Lines grouped by producer group, in the order each group first appears. */
export function groupLinesByGroup<T extends { product_id?: string | null }>(
  lines: readonly T[],
  credits: Record<string, ProductCreditsType> | undefined
): GroupedLinesType<T> {
  const groups: GroupedLinesType<T> = []
  for (const line of lines) {
    const group = (line.product_id && credits?.[line.product_id]?.group) || null
    const existing = groups.find((entry) => entry.group?.handle === group?.handle)
    if (existing) {
      existing.lines.push(line)
    } else {
      groups.push({ group, lines: [line] })
    }
  }
  return groups
}
