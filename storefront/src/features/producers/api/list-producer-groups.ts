import { queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { fetchStore } from "@/lib/fetch-store"

/** What a group's card in a list shows, and all the list asks for (counting products costs). */
const LIST_FIELDS = "id,handle,name,province,artisans_count"

export type ProducerGroupListItemType = {
  id: string
  handle: string
  name: string
  province: string
  artisans_count: number
}

export type ListProducerGroupsInputType = { limit: number; language: string | undefined }

/** Active producer groups by name (GET /store/producers). */
export async function listProducerGroups({ limit, language }: ListProducerGroupsInputType): Promise<ProducerGroupListItemType[]> {
  const { producer_groups } = await fetchStore<{ producer_groups: ProducerGroupListItemType[] }>("/store/producers", language, {
    limit: String(limit),
    fields: LIST_FIELDS,
  })
  return producer_groups
}

export const producerGroupsQueryOptions = (input: ListProducerGroupsInputType) =>
  queryOptions({
    queryKey: ["producers", "list", input],
    queryFn: () => listProducerGroups(input),
    staleTime: 10 * 60_000,
  })

export function useProducerGroups(limit: number) {
  const { i18n } = useTranslation()
  return useQuery(producerGroupsQueryOptions({ limit, language: i18n.resolvedLanguage }))
}
