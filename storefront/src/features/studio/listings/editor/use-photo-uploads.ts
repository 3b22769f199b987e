import { useCallback, useEffect, useRef, useState } from "react"
import { useOnline } from "@/features/studio/components/use-online"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"
import { uploadPhoto } from "@/features/studio/listings/photos/upload-photo"
import { retryDelayMs } from "@/features/studio/offline/outbox-sender"
import { failureReason, isRetryable } from "@/features/studio/offline/request-failure"
import type { DraftUpdateType } from "./use-listing-draft"

export type PhotoUploadStateType =
  | { state: "uploading"; fraction: number }
  | { state: "retrying"; attempts: number; retryAt: number; reason: string }
  | { state: "failed"; reason: string }

/**
 * Uploads the draft's photos as soon as they are added, while the phone is online, each under the
 * idempotency key it got when it was taken, and writes its URL into the draft. A lost upload is
 * tried again by itself (2 s, 4 s, 8 s …); a refused one waits for the coordinator's "Try again".
 */
export function usePhotoUploads(draft: ListingDraftType | null, update: DraftUpdateType) {
  const online = useOnline()
  const [uploads, setUploads] = useState<Record<string, PhotoUploadStateType>>({})
  const [tick, setTick] = useState(0)
  const inFlight = useRef(new Set<string>())

  const setUpload = (id: string, state: PhotoUploadStateType | null) =>
    setUploads((current) => {
      const next = { ...current }
      if (state) next[id] = state
      else delete next[id]
      return next
    })

  useEffect(() => {
    if (!draft || !online) return
    const now = Date.now()
    let soonest = Infinity
    for (const photo of draft.photos) {
      if (photo.url || !photo.blob || inFlight.current.has(photo.id)) continue
      const known = uploads[photo.id]
      if (known?.state === "failed") continue
      if (known?.state === "retrying" && known.retryAt > now) {
        soonest = Math.min(soonest, known.retryAt)
        continue
      }
      const attempts = known?.state === "retrying" ? known.attempts : 0
      const { blob, name, uploadKey, id } = photo
      inFlight.current.add(id)
      setUpload(id, { state: "uploading", fraction: 0 })
      uploadPhoto({ blob, name }, uploadKey, (fraction) => setUpload(id, { state: "uploading", fraction }))
        .then((url) => {
          update((current) => ({
            ...current,
            photos: current.photos.map((candidate) => (candidate.id === id ? { ...candidate, url, blob: null } : candidate)),
          }))
          setUpload(id, null)
        })
        .catch((error: unknown) => {
          const reason = failureReason(error)
          if (isRetryable(error)) {
            setUpload(id, { state: "retrying", attempts: attempts + 1, retryAt: Date.now() + retryDelayMs(attempts + 1), reason })
          } else {
            setUpload(id, { state: "failed", reason })
          }
        })
        .finally(() => inFlight.current.delete(id))
    }
    if (soonest !== Infinity) {
      const timer = setTimeout(() => setTick((value) => value + 1), Math.max(200, soonest - now))
      return () => clearTimeout(timer)
    }
  }, [draft, online, uploads, update, tick])

  /** Tries a photo again now, whatever went wrong before. */
  const retry = useCallback((id: string) => {
    setUploads((current) => {
      const next = { ...current }
      delete next[id]
      return next
    })
  }, [])

  return { uploads, retry }
}
