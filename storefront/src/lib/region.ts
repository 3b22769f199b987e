import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

export type RegionType = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code">

/** Until shoppers can choose: "Rest of world" in USD when the shop has it, else the first region. */
export function pickDefaultRegion(regions: readonly RegionType[]): RegionType | null {
  const restOfWorld = regions.find(
    (region) =>
      region.currency_code.toLowerCase() === "usd" &&
      region.name.trim().toLowerCase() === "rest of world"
  )
  return restOfWorld ?? regions[0] ?? null
}

export async function fetchDefaultRegion(): Promise<RegionType | null> {
  const { regions } = await getSdk().store.region.list({
    fields: "id,name,currency_code",
    limit: 100,
  })
  return pickDefaultRegion(regions)
}

export const defaultRegionQueryOptions = () =>
  queryOptions({
    queryKey: ["regions", "default"],
    queryFn: fetchDefaultRegion,
    staleTime: 10 * 60_000,
  })

/** The region prices are shown in; `data` is null when the shop has no region at all. */
export function useDefaultRegion() {
  return useQuery(defaultRegionQueryOptions())
}
