import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import type { ListedProductType } from "@/components/listed-products"
import { fetchStore } from "@/lib/fetch-store"

export type GroupMakerType = {
  id: string
  handle: string | null
  display_name: string
  story: string | null
  portrait_url: string | null
  crafts: string[] | null
  is_living_human_treasure: boolean | null
  lht_year: number | null
}

/** Totals over the group's artisans; shares are null for groups too small to publish them. */
export type ArtisanSummaryType = {
  artisans: number
  women_percent: number | null
  indigenous_percent: number | null
}

export type ProducerGroupType = {
  id: string
  handle: string
  name: string
  province: string
  village: string | null
  story: string | null
  logo_url: string | null
  makers: GroupMakerType[]
  products: ListedProductType[]
  impact: ArtisanSummaryType
}

export type GetProducerGroupInputType = { handle: string; currencyCode: string; language: string | undefined }

/** An active group's page, or null when the store has no such group. */
export async function getProducerGroup({
  handle,
  currencyCode,
  language,
}: GetProducerGroupInputType): Promise<ProducerGroupType | null> {
  try {
    const { producer_group } = await fetchStore<{ producer_group: ProducerGroupType }>(
      `/store/producers/${encodeURIComponent(handle)}`,
      language,
      { currency_code: currencyCode }
    )
    return producer_group
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}

export const producerGroupQueryOptions = (input: GetProducerGroupInputType) =>
  queryOptions({
    queryKey: ["producers", "detail", input],
    queryFn: () => getProducerGroup(input),
  })

export function useProducerGroup(handle: string, currencyCode: string) {
  const { i18n } = useTranslation()
  return useQuery(producerGroupQueryOptions({ handle, currencyCode, language: i18n.resolvedLanguage }))
}
