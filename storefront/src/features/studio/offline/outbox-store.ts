import { createStore, del, get, set, values, type UseStore } from "idb-keyval"

/** A photo of an entry: its compressed file until it is uploaded, then the URL the server gave it. */
export type OutboxPhotoType = {
  id: string
  /** The upload's Idempotency-Key, made when the photo was saved: a resent upload stores it once. */
  uploadKey: string
  name: string
  /** The compressed photo; dropped once uploaded, to free the phone's storage. */
  blob: Blob | null
  url: string | null
}

/**
 * A listing or an edit kept on the phone until the server has it. `body` is the request without
 * its images: they are the photos' URLs, in order, once all are uploaded.
 */
export type OutboxEntryType = {
  id: string
  kind: "create" | "update"
  /** The product an update edits; null for a new listing. */
  productId: string | null
  /** What the outbox shows the coordinator. */
  title: string
  body: Record<string, unknown>
  /** Null when an update leaves the images as they are. */
  photos: OutboxPhotoType[] | null
  /** The create's Idempotency-Key, made when the entry was saved. */
  requestKey: string
  createdAt: number
  state: "waiting" | "failed"
  /** The server's reason, when it refused the entry. */
  failure: string | null
  attempts: number
  /** When the sender may try again after a failure it can retry (ms since the epoch). */
  retryAt: number
  /** The editor's draft the entry was made from, to open it again when it was refused. */
  draftKey: string | null
  /**
   * The member who saved it: only their login sends it, and only they see it. Another member
   * who logs in on the same phone (of this group or another) neither sends it nor loses it.
   */
  memberId: string
}

/** An entry as the studio makes it; the outbox adds who saved it. */
export type NewOutboxEntryType = Omit<OutboxEntryType, "memberId">

export type OutboxStoreType = {
  list(): Promise<OutboxEntryType[]>
  get(id: string): Promise<OutboxEntryType | undefined>
  put(entry: OutboxEntryType): Promise<void>
  remove(id: string): Promise<void>
}

/** The outbox in IndexedDB (Blobs included), oldest entry first. */
export function indexedDbOutboxStore(store: UseStore = createStore("sipakam-studio-outbox", "entries")): OutboxStoreType {
  return {
    async list() {
      const entries = await values<OutboxEntryType>(store)
      return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    },
    get: (id) => get<OutboxEntryType>(id, store),
    put: (entry) => set(entry.id, entry, store),
    remove: (id) => del(id, store),
  }
}
