import { onlineManager, useQueryClient } from "@tanstack/react-query"
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client"
import { useEffect, useState, type ReactNode } from "react"
import {
  forgetStudioCacheOnLogout,
  keepStudioQueries,
  studioPersistOptions,
  studioQueryPersister,
} from "@/features/studio/pwa/studio-query-persistence"

/**
 * The studio's pages over the app's query client, with the studio's queries kept on the phone
 * and restored before any of them asks the network (studio-query-persistence.ts). The shop's
 * providers are unchanged: this wraps the studio only.
 */
export function StudioPersistProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient()
  const [persister] = useState(() => {
    // Before the restore below hydrates anything, so restored queries are held as long too.
    keepStudioQueries(client)
    // TanStack Query takes the phone to be online until an "offline" event: a studio opened
    // without a connection would ask the network, fail, and show errors over the kept data.
    // Told now, its queries wait for the connection instead.
    onlineManager.setOnline(navigator.onLine)
    return studioQueryPersister()
  })
  useEffect(() => forgetStudioCacheOnLogout(client, persister), [client, persister])
  return (
    <PersistQueryClientProvider client={client} persistOptions={studioPersistOptions(persister)}>
      {children}
    </PersistQueryClientProvider>
  )
}
