import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister"
import type { Query, QueryClient } from "@tanstack/react-query"
import type {
  AsyncStorage,
  PersistedClient,
  Persister,
  PersistQueryClientOptions,
} from "@tanstack/react-query-persist-client"
import { createStore, del, get, set, type UseStore } from "idb-keyval"
import { PRODUCER_TOKEN_STORAGE } from "@/features/studio/api/producer-client"
import { STUDIO_ME_QUERY_KEY, type ProducerMeType } from "@/features/studio/api/session"

/**
 * The studio keeps what it last read (its queries, keys starting with "studio") on the phone, so
 * a coordinator without a connection still sees the group's orders, listings and balance as
 * they were. Nothing of the shop is kept, and nothing of another coordinator: what is kept
 * belongs to the member whose login is on the phone, and goes when they log out.
 */
export const STUDIO_QUERY_ROOT = "studio"

/** A week: a village may be out of reach for days; older data would mislead more than help. */
export const STUDIO_CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

/** Set per build (plugins/studio-service-worker.ts): a new version never reads an old one's data. */
declare const __SIPAKAM_BUILD_ID__: string
export const STUDIO_CACHE_BUSTER = typeof __SIPAKAM_BUILD_ID__ === "string" ? __SIPAKAM_BUILD_ID__ : "dev"

const STUDIO_CACHE_KEY = "studio-queries"

/** Queries the studio keeps: its own, once answered. */
export function shouldPersistStudioQuery(query: Pick<Query, "queryKey" | "state">): boolean {
  return query.queryKey[0] === STUDIO_QUERY_ROOT && query.state.status === "success"
}

/** The member a producer login token on this phone belongs to (its `actor_id`), if any. */
export function producerTokenOwner(): string | null {
  try {
    const token = window.localStorage.getItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey)
    const payload = token?.split(".")[1]
    if (!payload) return null
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"))
    const actor = (JSON.parse(json) as { actor_id?: unknown }).actor_id
    return typeof actor === "string" && actor ? actor : null
  } catch {
    return null
  }
}

/** The member whose data a kept cache holds: that of its `["studio", "me"]` answer. */
export function persistedOwner(client: PersistedClient): string | null {
  const me = client.clientState.queries.find(
    (query) => query.queryKey.length === STUDIO_ME_QUERY_KEY.length && query.queryKey.every((part, i) => part === STUDIO_ME_QUERY_KEY[i])
  )
  return (me?.state.data as ProducerMeType | null | undefined)?.member.id ?? null
}

/** IndexedDB through idb-keyval, in a database of its own (the outbox has another). */
function indexedDbStorage(): AsyncStorage<string> {
  let store: UseStore | undefined
  const opened = () => (store ??= createStore("sipakam-studio-cache", "queries"))
  return {
    getItem: (key) => get<string>(key, opened()),
    setItem: (key, value) => set(key, value, opened()),
    removeItem: (key) => del(key, opened()),
  }
}

/**
 * The persister: TanStack Query's, over IndexedDB, that restores a kept cache only for the
 * member whose login token is on the phone; any other cache (another coordinator's, or one kept
 * when nobody is logged in) is deleted instead.
 */
export function studioQueryPersister({
  storage = indexedDbStorage(),
  owner = producerTokenOwner,
  throttleTime = 1000,
}: {
  storage?: AsyncStorage<string>
  owner?: () => string | null
  throttleTime?: number
} = {}): Persister {
  const persister = createAsyncStoragePersister({ storage, key: STUDIO_CACHE_KEY, throttleTime })
  return {
    persistClient: persister.persistClient,
    removeClient: persister.removeClient,
    async restoreClient() {
      const client = await persister.restoreClient()
      if (!client) return undefined
      const member = owner()
      if (member && persistedOwner(client) === member) return client
      await persister.removeClient()
      return undefined
    },
  }
}

/** How long a studio query is held, in memory and so on the phone: as long as it may be shown. */
export function keepStudioQueries(client: QueryClient): void {
  client.setQueryDefaults([STUDIO_QUERY_ROOT], { gcTime: STUDIO_CACHE_MAX_AGE_MS })
}

/** The options of PersistQueryClientProvider for the studio, over the app's one query client. */
export function studioPersistOptions(persister: Persister): Omit<PersistQueryClientOptions, "queryClient"> {
  return {
    persister,
    maxAge: STUDIO_CACHE_MAX_AGE_MS,
    buster: STUDIO_CACHE_BUSTER,
    dehydrateOptions: {
      shouldDehydrateQuery: shouldPersistStudioQuery,
      // What the studio sends later is its outbox's (features/studio/offline), not the cache's.
      shouldDehydrateMutation: () => false,
    },
  }
}

/**
 * Deletes the kept cache the moment nobody is logged in any more: on logout (useStudioLogOut
 * drops the studio's queries and sets "me" to null), when the login has expired ("me" answers
 * null), and when another coordinator logs in (their login drops the studio's queries first).
 * Returns the unsubscribe.
 */
export function forgetStudioCacheOnLogout(client: QueryClient, persister: Persister): () => void {
  return client.getQueryCache().subscribe((event) => {
    const { queryKey, state } = event.query
    if (queryKey[0] !== STUDIO_ME_QUERY_KEY[0] || queryKey[1] !== STUDIO_ME_QUERY_KEY[1] || queryKey.length !== 2) return
    const loggedOut = event.type === "removed" || (event.type === "updated" && state.status === "success" && state.data === null)
    if (loggedOut) void persister.removeClient()
  })
}
