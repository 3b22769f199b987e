import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "@/lib/sdk"

type ProducerGroupsResponseType = {
  producer_groups: { handle: string; name: string }[]
}

/** The most handles one request names (the backend's limit). */
const MAX_HANDLES = 100

/** The names of the given active producer groups, by handle: the labels of the producer-group filter. */
export async function listProducerNames(handles: string[]): Promise<Record<string, string>> {
  const { producer_groups } = await getSdk().client.fetch<ProducerGroupsResponseType>("/store/producers", {
    query: { handle: handles.join(","), fields: "handle,name", limit: handles.length },
  })
  return Object.fromEntries(producer_groups.map((group) => [group.handle, group.name]))
}

export const producerNamesQueryOptions = (handles: string[]) => {
  const sorted = [...new Set(handles)].sort().slice(0, MAX_HANDLES)
  return queryOptions({
    queryKey: ["producers", "names", sorted],
    queryFn: () => listProducerNames(sorted),
    enabled: sorted.length > 0,
    staleTime: 10 * 60_000,
    // While the names of a new set of groups load, the labels already known stay on screen.
    placeholderData: keepPreviousData,
  })
}

/** The names of the groups whose handles the search's producer-group facet shows. */
export function useProducerNames(handles: string[]) {
  return useQuery(producerNamesQueryOptions(handles))
}
