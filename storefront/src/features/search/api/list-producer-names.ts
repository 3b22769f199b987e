import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

type ProducerGroupsResponseType = {
  producer_groups: { handle: string; name: string }[]
}

/** The active producer groups' names by handle: the labels of the producer-group filter. */
export async function listProducerNames(): Promise<Record<string, string>> {
  const { producer_groups } = await getSdk().client.fetch<ProducerGroupsResponseType>(
    "/store/producers",
    { query: { limit: 100 } }
  )
  return Object.fromEntries(producer_groups.map((group) => [group.handle, group.name]))
}

export const producerNamesQueryOptions = () =>
  queryOptions({
    queryKey: ["producers", "names"],
    queryFn: listProducerNames,
    staleTime: 10 * 60_000,
  })

/** `enabled: false` holds the request back, e.g. until the first results are on screen. */
export function useProducerNames({ enabled }: { enabled: boolean }) {
  return useQuery({ ...producerNamesQueryOptions(), enabled })
}
