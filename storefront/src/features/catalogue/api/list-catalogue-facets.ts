import { queryOptions, useQuery } from "@tanstack/react-query"
import { searchProductIndex, type ProductSearchQueryType } from "@/lib/product-search"

/** The facets the home page offers to browse by, as the shop's URL names them too. */
export const BROWSE_FACETS = ["craft", "province"] as const
export type BrowseFacetType = (typeof BROWSE_FACETS)[number]

export type FacetValueType = { value: string; count: number }

/** Every craft and province the store sells, with how many products each, most first. */
export async function listCatalogueFacets(): Promise<Record<BrowseFacetType, FacetValueType[]>> {
  const body: ProductSearchQueryType = {
    entity: "product",
    pagination: { take: 0 },
    search_options: { facets: BROWSE_FACETS.map((field) => ({ field, limit: 30 })) },
  }
  const result = await searchProductIndex(body)
  const valuesOf = (facet: BrowseFacetType) =>
    (result?.facets?.[facet]?.values ?? [])
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
  return { craft: valuesOf("craft"), province: valuesOf("province") }
}

export const catalogueFacetsQueryOptions = () =>
  queryOptions({
    queryKey: ["products", "facets", BROWSE_FACETS],
    queryFn: listCatalogueFacets,
    staleTime: 10 * 60_000,
  })

/** Asks only once `enabled`: the home page's browse links wait until they are about to be seen. */
export function useCatalogueFacets({ enabled }: { enabled: boolean }) {
  return useQuery({ ...catalogueFacetsQueryOptions(), enabled })
}
