import { useSyncExternalStore } from "react"
import { STUDIO_PRODUCTS_QUERY_KEY } from "@/features/studio/api/products"
import { createOutboxSender, type OutboxEventType, type OutboxProgressType } from "@/features/studio/offline/outbox-sender"
import { forgetDraft } from "@/features/studio/offline/draft-store"
import {
  indexedDbOutboxStore,
  type NewOutboxEntryType,
  type OutboxEntryType,
  type OutboxStoreType,
} from "@/features/studio/offline/outbox-store"
import { producerOutboxTransport } from "@/features/studio/offline/outbox-transport"
import { queryClient } from "@/lib/query-client"

/** An entry the server took during this visit, for the outbox to say "Sent". */
export type SentEntryType = { entryId: string; title: string; productId: string; kind: OutboxEntryType["kind"] }

export type OutboxSnapshotType = {
  loaded: boolean
  entries: OutboxEntryType[]
  progress: Readonly<Record<string, OutboxProgressType>>
  sent: SentEntryType[]
  /** Why the phone could not keep the outbox (IndexedDB blocked or full), if it could not. */
  storageError: string | null
}

/** The logged-in member, whose entries the outbox shows and sends; null while no one is. */
let memberId: string | null = null

const phoneStore = indexedDbOutboxStore()
/** The phone's outbox as the logged-in member sees it: their own entries only. */
const store: OutboxStoreType = {
  ...phoneStore,
  list: async () => (await phoneStore.list()).filter((entry) => entry.memberId === memberId),
  get: async (id) => {
    const entry = await phoneStore.get(id)
    return entry?.memberId === memberId ? entry : undefined
  },
}
let snapshot: OutboxSnapshotType = { loaded: false, entries: [], progress: {}, sent: [], storageError: null }
const listeners = new Set<() => void>()

function publish(change: Partial<OutboxSnapshotType>): void {
  snapshot = { ...snapshot, ...change }
  listeners.forEach((listener) => listener())
}

async function refresh(): Promise<void> {
  try {
    publish({ loaded: true, entries: await store.list(), storageError: null })
  } catch (error) {
    publish({ loaded: true, storageError: error instanceof Error ? error.message : String(error) })
  }
}

function onEvent(event: OutboxEventType): void {
  if (event.type === "changed") {
    void refresh()
  } else if (event.type === "progress") {
    const progress = { ...snapshot.progress }
    if (event.progress) progress[event.entryId] = event.progress
    else delete progress[event.entryId]
    publish({ progress })
  } else {
    const { entry, productId } = event
    publish({ sent: [{ entryId: entry.id, title: entry.title, productId, kind: entry.kind }, ...snapshot.sent].slice(0, 5) })
    // The draft kept to fix a refused entry is no longer needed once the server has it.
    if (entry.draftKey?.startsWith("entry:")) void forgetDraft(entry.draftKey).catch(() => {})
    void queryClient.invalidateQueries({ queryKey: STUDIO_PRODUCTS_QUERY_KEY })
  }
}

const sender = createOutboxSender({ store, transport: producerOutboxTransport(), onEvent })

let retryTimer: ReturnType<typeof setTimeout> | undefined

/** Sends what is due, then arms a timer for the earliest retry. */
export async function sendOutbox(options: { now?: boolean } = {}): Promise<void> {
  clearTimeout(retryTimer)
  try {
    await sender.run(options)
  } catch (error) {
    // The store could not be read: said on screen; tried again at the next trigger.
    publish({ storageError: error instanceof Error ? error.message : String(error) })
  }
  await refresh()
  const next = await sender.nextRetryAt().catch(() => null)
  // Offline, the "online" event starts the next run; no timer needed.
  if (next !== null && navigator.onLine) {
    retryTimer = setTimeout(() => void sendOutbox(), Math.max(1_000, next - Date.now()))
  }
}

let listening = false

/**
 * Starts the outbox for the member who logged in: sends their entries now, whenever the phone
 * comes back online, and on a retry timer.
 */
export function startOutbox(loggedInMemberId: string): void {
  memberId = loggedInMemberId
  if (!listening) {
    listening = true
    window.addEventListener("online", () => void sendOutbox({ now: true }))
  }
  void sendOutbox({ now: true })
}

/** Stops sending when the member leaves the studio or logs out; their entries stay on the phone. */
export function stopOutbox(): void {
  memberId = null
  clearTimeout(retryTimer)
  void refresh()
}

/** Keeps an entry of the logged-in member on the phone, then sends it if the phone is online. */
export async function saveToOutbox(newEntry: NewOutboxEntryType): Promise<void> {
  if (memberId === null) throw new Error("The outbox keeps entries only while a member is logged in")
  const entry: OutboxEntryType = { ...newEntry, memberId }
  await store.put(entry)
  await refresh()
  void sendOutbox({ now: true })
}

/** Sends again an entry the coordinator has looked at (a "try again" button), failed or waiting. */
export async function retryOutboxEntry(id: string): Promise<void> {
  const entry = await store.get(id)
  if (entry) await store.put({ ...entry, state: "waiting", failure: null, retryAt: 0 })
  await sendOutbox({ now: true })
}

/** Removes an entry the coordinator chose to throw away (only ever on their word). */
export async function discardOutboxEntry(id: string): Promise<void> {
  await store.remove(id)
  await refresh()
}

export function readOutboxEntry(id: string): Promise<OutboxEntryType | undefined> {
  return store.get(id)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!snapshot.loaded) void refresh()
  return () => listeners.delete(listener)
}

/** The outbox as it is now, updated as entries are saved, sent or refused. */
export function useOutbox(): OutboxSnapshotType {
  return useSyncExternalStore(subscribe, () => snapshot, () => snapshot)
}
