import { queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { fetchStore } from "@/lib/fetch-store"

/** A maker who consented to a public profile, as the store lists them. */
export type MakerListItemType = {
  id: string
  handle: string
  display_name: string
  portrait_url: string | null
  crafts: string[] | null
  is_living_human_treasure: boolean | null
  lht_year: number | null
  group: { handle: string; name: string }
}

export type ListMakersInputType = { limit: number; language: string | undefined }

/** Makers of active groups, Living Human Treasures first (GET /store/makers). */
export async function listMakers({ limit, language }: ListMakersInputType): Promise<MakerListItemType[]> {
  const { makers } = await fetchStore<{ makers: MakerListItemType[] }>("/store/makers", language, {
    limit: String(limit),
  })
  return makers
}

export const makersQueryOptions = (input: ListMakersInputType) =>
  queryOptions({
    queryKey: ["makers", "list", input],
    queryFn: () => listMakers(input),
    staleTime: 10 * 60_000,
  })

export function useMakers(limit: number) {
  const { i18n } = useTranslation()
  return useQuery(makersQueryOptions({ limit, language: i18n.resolvedLanguage }))
}
