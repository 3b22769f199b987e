import { queryOptions, useQuery } from "@tanstack/react-query"
import { fetchStore } from "@/lib/fetch-store"

/** An amount per currency, in integer minor units. */
export type MoneyTotalType = { currency_code: string; amount: number }

export type ImpactType = {
  producer_groups: number
  provinces: number
  artisans: number
  women_percent: number | null
  indigenous_percent: number | null
  sales_to_date: MoneyTotalType[]
  paid_to_producers: MoneyTotalType[]
}

export async function getImpact(): Promise<ImpactType> {
  const { impact } = await fetchStore<{ impact: ImpactType }>("/store/impact", undefined)
  return impact
}

export const impactQueryOptions = () =>
  queryOptions({
    queryKey: ["impact"],
    queryFn: getImpact,
    staleTime: 5 * 60_000,
  })

export function useImpact() {
  return useQuery(impactQueryOptions())
}
