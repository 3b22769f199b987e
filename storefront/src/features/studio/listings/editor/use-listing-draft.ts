import { useCallback, useEffect, useRef, useState } from "react"
import { readDraft, writeDraft } from "@/features/studio/offline/draft-store"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"

export type DraftUpdateType = (change: (draft: ListingDraftType) => ListingDraftType) => void

/**
 * The editor's draft under `key`, read from the phone once and written back a moment after each
 * change (and when the page is hidden): what was typed survives a reload or a closed browser.
 * `start` gives the draft when the phone has none yet (null while it cannot be known).
 */
export function useListingDraft(key: string, start: ListingDraftType | null) {
  const [draft, setDraft] = useState<ListingDraftType | null>(null)
  const [storageFailed, setStorageFailed] = useState(false)
  const latest = useRef<ListingDraftType | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const loadedKey = useRef<string | null>(null)

  useEffect(() => {
    if (loadedKey.current === key || !start) return
    let live = true
    void readDraft(key)
      .catch(() => {
        setStorageFailed(true)
        return undefined
      })
      .then((saved) => {
        if (!live) return
        loadedKey.current = key
        latest.current = saved ?? start
        setDraft(saved ?? start)
      })
    return () => {
      live = false
    }
  }, [key, start])

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    if (latest.current && loadedKey.current === key) {
      void writeDraft(key, latest.current).then(
        () => setStorageFailed(false),
        () => setStorageFailed(true)
      )
    }
  }, [key])

  useEffect(() => {
    const hidden = () => document.visibilityState === "hidden" && flush()
    document.addEventListener("visibilitychange", hidden)
    window.addEventListener("pagehide", flush)
    return () => {
      document.removeEventListener("visibilitychange", hidden)
      window.removeEventListener("pagehide", flush)
      if (timer.current) flush()
    }
  }, [flush])

  const update: DraftUpdateType = useCallback(
    (change) => {
      setDraft((current) => {
        if (!current) return current
        const next = { ...change(current), updatedAt: Date.now() }
        latest.current = next
        return next
      })
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, 300)
    },
    [flush]
  )

  return { draft, update, flush, storageFailed }
}
