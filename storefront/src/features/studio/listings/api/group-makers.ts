import { queryOptions, useQuery } from "@tanstack/react-query"
import { producerGet } from "@/features/studio/api/producer-client"

/** A maker of the group as `GET /producer/makers` answers (backend/src/api/producer/makers). */
export type GroupMakerType = {
  id: string
  first_name: string
  last_name: string | null
  name_km: string | null
  crafts: string[]
  portrait_url: string | null
  public_profile_consent: boolean
  retired_at: string | null
}

/** The group's makers still working, to credit on a listing. */
export const groupMakersQueryOptions = () =>
  queryOptions({
    queryKey: ["studio", "makers", "list", { retired: "false", limit: 100 }],
    queryFn: () =>
      producerGet<{ makers: GroupMakerType[]; count: number }>("/producer/makers", {
        retired: "false",
        limit: 100,
        order: "first_name",
      }),
  })

export function useGroupMakers() {
  return useQuery(groupMakersQueryOptions())
}

/** A maker's name as a Khmer reader knows it first. */
export function makerName(maker: GroupMakerType, khmerFirst: boolean): string {
  const latin = [maker.first_name, maker.last_name].filter(Boolean).join(" ")
  return khmerFirst && maker.name_km ? maker.name_km : latin || maker.name_km || ""
}
