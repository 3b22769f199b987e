import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import type { ListedProductType } from "@/components/listed-products"
import { fetchStore } from "@/lib/fetch-store"

/** A maker's public profile: only makers who consented have one. */
export type MakerType = {
  id: string
  handle: string
  display_name: string
  story: string | null
  portrait_url: string | null
  crafts: string[] | null
  is_living_human_treasure: boolean | null
  lht_year: number | null
  group: { handle: string; name: string }
  products: ListedProductType[]
}

export type GetMakerInputType = { handle: string; currencyCode: string; language: string | undefined }

/** The maker's profile, or null when the store shows no maker by that handle. */
export async function getMaker({ handle, currencyCode, language }: GetMakerInputType): Promise<MakerType | null> {
  try {
    const { maker } = await fetchStore<{ maker: MakerType }>(`/store/makers/${encodeURIComponent(handle)}`, language, {
      currency_code: currencyCode,
    })
    return maker
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}

export const makerQueryOptions = (input: GetMakerInputType) =>
  queryOptions({
    queryKey: ["makers", "detail", input],
    queryFn: () => getMaker(input),
  })

export function useMaker(handle: string, currencyCode: string) {
  const { i18n } = useTranslation()
  return useQuery(makerQueryOptions({ handle, currencyCode, language: i18n.resolvedLanguage }))
}
