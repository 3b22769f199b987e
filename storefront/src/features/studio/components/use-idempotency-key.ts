import { useCallback, useRef } from "react"
import { newIdempotencyKey } from "@/features/studio/api/producer-client"

/**
 * The idempotency key of what a form sends: made when it is first submitted and kept while the
 * same thing (the same fingerprint: what is sent) is tried again, so a retry after a lost answer
 * is recognised by the backend; anything else submitted gets a key of its own.
 */
export function useIdempotencyKey() {
  const current = useRef<{ fingerprint: string; key: string } | null>(null)
  const keyFor = useCallback((fingerprint: string) => {
    if (current.current?.fingerprint !== fingerprint) {
      current.current = { fingerprint, key: newIdempotencyKey() }
    }
    return current.current.key
  }, [])
  /** After a success: the next submission is a new thing, even if it looks the same. */
  const forget = useCallback(() => {
    current.current = null
  }, [])
  return { keyFor, forget }
}
