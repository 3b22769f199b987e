import { QueryClient } from "@tanstack/react-query"

/** One query client for the app; tests build their own with `createQueryClient`. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Catalogue data changes rarely; refetching on every focus costs shoppers on 3G.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // One retry hides a dropped packet; more would keep an honest error off screen too long.
        retry: 1,
      },
    },
  })
}

export const queryClient = createQueryClient()
