import { failureReason, isRetryable } from "@/features/studio/offline/request-failure"
import type { OutboxEntryType, OutboxPhotoType, OutboxStoreType } from "@/features/studio/offline/outbox-store"

/** How the sender reaches the server; the real one is outbox-transport.ts. */
export type OutboxTransportType = {
  upload(photo: { blob: Blob; name: string }, idempotencyKey: string, onProgress: (fraction: number) => void): Promise<string>
  create(body: Record<string, unknown>, idempotencyKey: string): Promise<{ id: string }>
  update(productId: string, body: Record<string, unknown>): Promise<{ id: string }>
}

/** What an entry is doing now, for the outbox to say in words. */
export type OutboxProgressType =
  | { phase: "photos"; done: number; total: number; fraction: number }
  | { phase: "listing" }

export type OutboxEventType =
  | { type: "changed" }
  | { type: "progress"; entryId: string; progress: OutboxProgressType | null }
  | { type: "sent"; entry: OutboxEntryType; productId: string }

export type OutboxSenderOptionsType = {
  store: OutboxStoreType
  transport: OutboxTransportType
  isOnline?: () => boolean
  now?: () => number
  /** Runs `work` while no other sender (another tab) sends: Web Locks in a browser. */
  exclusive?: (work: () => Promise<void>) => Promise<void>
  /** Told of every change, progress and sent entry, for the outbox to show. */
  onEvent?: (event: OutboxEventType) => void
}

/** 2 s, 4 s, 8 s … up to 5 minutes between tries of an entry that failed for a reason that passes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000)
}

/** Where Web Locks are missing, senders of this page still take turns. */
let pageTurn: Promise<void> = Promise.resolve()

async function webLockOrPageTurn(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined
  if (locks) {
    await locks.request("sipakam-studio-outbox", work)
    return
  }
  const turn = pageTurn.then(work)
  pageTurn = turn.catch(() => {})
  return turn
}

export type OutboxSenderType = {
  /**
   * Sends what is due; a call while a run is going joins it and runs again after it. `now`
   * tries waiting entries without waiting for their retry time (the phone is back online).
   */
  run(options?: { now?: boolean }): Promise<void>
  /** The earliest time a waiting entry may be tried again, or null. */
  nextRetryAt(): Promise<number | null>
}

/**
 * Sends the outbox's entries in order, exactly once each: every photo is uploaded under its own
 * key and its URL written into the entry as soon as it is known (a reload mid-way resumes there),
 * then the listing is created under the entry's key; an entry is removed only once that create
 * answered 2xx. A refusal the coordinator must fix (a 4xx) marks the entry "failed" with the
 * reason and the sender goes on with the next; any other failure is tried again later.
 */
export function createOutboxSender(options: OutboxSenderOptionsType): OutboxSenderType {
  const { store, transport } = options
  const isOnline = options.isOnline ?? (() => navigator.onLine)
  const now = options.now ?? Date.now
  const exclusive = options.exclusive ?? webLockOrPageTurn
  const emit = options.onEvent ?? (() => {})

  let running: Promise<void> | null = null
  let again = false
  /** The next run tries every waiting entry now, whatever its retry time (back online, or asked to). */
  let sendAllNow = false

  async function save(entry: OutboxEntryType): Promise<void> {
    await store.put(entry)
    emit({ type: "changed" })
  }

  async function uploadPhotos(entry: OutboxEntryType, photos: OutboxPhotoType[]): Promise<void> {
    const total = photos.length
    for (const [index, photo] of photos.entries()) {
      if (photo.url) continue
      if (!photo.blob) throw new Error(`Photo ${index + 1} is missing from this phone`)
      const done = photos.filter((candidate) => candidate.url).length
      emit({ type: "progress", entryId: entry.id, progress: { phase: "photos", done, total, fraction: 0 } })
      const url = await transport.upload({ blob: photo.blob, name: photo.name }, photo.uploadKey, (fraction) =>
        emit({ type: "progress", entryId: entry.id, progress: { phase: "photos", done, total, fraction } })
      )
      photos[index] = { ...photo, url, blob: null }
      await save(entry)
    }
  }

  async function send(entry: OutboxEntryType): Promise<void> {
    try {
      if (entry.photos) await uploadPhotos(entry, entry.photos)
      emit({ type: "progress", entryId: entry.id, progress: { phase: "listing" } })
      const body = entry.photos ? { ...entry.body, images: entry.photos.map((photo) => photo.url) } : entry.body
      const product =
        entry.kind === "create"
          ? await transport.create(body, entry.requestKey)
          : await transport.update(entry.productId ?? "", body)
      await store.remove(entry.id)
      emit({ type: "progress", entryId: entry.id, progress: null })
      emit({ type: "sent", entry, productId: product.id })
      emit({ type: "changed" })
    } catch (error) {
      emit({ type: "progress", entryId: entry.id, progress: null })
      const attempts = entry.attempts + 1
      if (isRetryable(error)) {
        await save({ ...entry, attempts, retryAt: now() + retryDelayMs(attempts) })
        throw error
      }
      await save({ ...entry, attempts, state: "failed", failure: failureReason(error) })
    }
  }

  async function sendDue(ignoreRetryTimes: boolean): Promise<void> {
    for (const listed of await store.list()) {
      if (!isOnline()) return
      // Read again: another run may have sent or changed it meanwhile.
      const entry = await store.get(listed.id)
      if (!entry || entry.state === "failed") continue
      // In order: an entry waiting for its retry holds back those saved after it.
      if (!ignoreRetryTimes && entry.retryAt > now()) return
      try {
        await send(entry)
      } catch {
        // Not reached or not answered: later entries would fail the same way; the timer retries.
        return
      }
    }
  }

  async function loop(): Promise<void> {
    do {
      const ignoreRetryTimes = sendAllNow
      again = false
      sendAllNow = false
      await exclusive(() => sendDue(ignoreRetryTimes))
    } while (again)
  }

  return {
    run({ now: sendNow = false } = {}) {
      sendAllNow ||= sendNow
      if (running) {
        again = true
        return running
      }
      running = loop().finally(() => {
        running = null
      })
      return running
    },
    async nextRetryAt() {
      const waiting = (await store.list()).filter((entry) => entry.state === "waiting")
      return waiting.length ? Math.min(...waiting.map((entry) => entry.retryAt)) : null
    },
  }
}
