import { useCallback, useEffect, useRef, useState } from "react"
import { newIdempotencyKey } from "@/features/studio/api/producer-client"
import { compressPhoto, PhotoTooLargeError } from "@/features/studio/listings/photos/compress-photo"
import { uploadPhoto, type PhotoFileType } from "@/features/studio/listings/photos/upload-photo"
import { failureReason, failureStatus } from "@/features/studio/offline/request-failure"

/** Where the photos picked last are: shrunk on the phone, then uploaded one by one. */
export type PhotoUploadStatusType =
  | { state: "idle" }
  | { state: "shrinking"; index: number; total: number }
  | { state: "uploading"; index: number; total: number; fraction: number }
  | { state: "failed"; index: number; total: number; reason: "offline" | "tooLarge" | "refused" | "server"; message: string }

type QueuedPhotoType = { file: File; key: string; photo: PhotoFileType | null }

function reasonOf(error: unknown): "offline" | "tooLarge" | "refused" | "server" {
  if (error instanceof PhotoTooLargeError) return "tooLarge"
  const status = failureStatus(error)
  if (status === 0) return "offline"
  return status >= 400 && status < 500 ? "refused" : "server"
}

/**
 * Picks photos for the group's profile or a maker's portrait: each is shrunk on the phone
 * (listings/photos: at most 400 KB, so 3G takes seconds), then uploaded under an idempotency
 * key of its own, made when it was picked and kept for its retries. `onUploaded` gets each URL.
 */
export function usePhotoUpload(onUploaded: (url: string) => void) {
  const [status, setStatus] = useState<PhotoUploadStatusType>({ state: "idle" })
  const queue = useRef<QueuedPhotoType[]>([])
  const total = useRef(0)
  const running = useRef(false)
  const uploaded = useRef(onUploaded)
  useEffect(() => {
    uploaded.current = onUploaded
  }, [onUploaded])

  const run = useCallback(async () => {
    if (running.current) return
    running.current = true
    try {
      while (queue.current.length) {
        const next = queue.current[0] as QueuedPhotoType
        const index = total.current - queue.current.length + 1
        try {
          if (!next.photo) {
            setStatus({ state: "shrinking", index, total: total.current })
            next.photo = await compressPhoto(next.file)
          }
          setStatus({ state: "uploading", index, total: total.current, fraction: 0 })
          const url = await uploadPhoto(next.photo, next.key, (fraction) =>
            setStatus({ state: "uploading", index, total: total.current, fraction })
          )
          queue.current.shift()
          uploaded.current(url)
        } catch (error) {
          setStatus({ state: "failed", index, total: total.current, reason: reasonOf(error), message: failureReason(error) })
          return
        }
      }
      total.current = 0
      setStatus({ state: "idle" })
    } finally {
      running.current = false
    }
  }, [])

  /** Adds photos to upload; they go after any still waiting. */
  const pick = useCallback(
    (files: readonly File[]) => {
      if (!files.length) return
      queue.current.push(...files.map((file) => ({ file, key: newIdempotencyKey(), photo: null })))
      total.current += files.length
      void run()
    },
    [run]
  )

  /** Tries the photo that failed again, with the same key. */
  const retry = useCallback(() => void run(), [run])

  /** Gives up on the photos still waiting. */
  const cancel = useCallback(() => {
    queue.current = []
    total.current = 0
    setStatus({ state: "idle" })
  }, [])

  return { status, pick, retry, cancel, busy: status.state === "shrinking" || status.state === "uploading" }
}
