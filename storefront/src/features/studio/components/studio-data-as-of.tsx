import { useQueryClient, type QueryClient } from "@tanstack/react-query"
import { useCallback, useSyncExternalStore } from "react"
import { useTranslation } from "react-i18next"
import { studioErrorKind } from "@/features/studio/api/producer-client"
import { formatStudioDateTime, STUDIO_TIME_ZONE } from "@/features/studio/components/studio-dates"

/**
 * When the page shows data the studio could not refresh for want of a connection: the time of
 * the oldest of it (the studio's queries on screen), else null. Without a connection they wait
 * ("paused"); on a connection too weak to answer they fail as "offline" and keep their data.
 */
export function studioDataShownAsOf(client: QueryClient, online: boolean): number | null {
  let oldest: number | null = null
  let unrefreshed = !online
  for (const query of client.getQueryCache().findAll({ queryKey: ["studio"], type: "active" })) {
    const { data, dataUpdatedAt, fetchStatus, status, error } = query.state
    if (data === undefined || !dataUpdatedAt) continue
    oldest = oldest === null ? dataUpdatedAt : Math.min(oldest, dataUpdatedAt)
    if (fetchStatus === "paused" || (status === "error" && studioErrorKind(error) === "offline")) unrefreshed = true
  }
  return unrefreshed ? oldest : null
}

function subscribeToCacheAndConnection(client: QueryClient, onChange: () => void) {
  const unsubscribe = client.getQueryCache().subscribe(onChange)
  window.addEventListener("online", onChange)
  window.addEventListener("offline", onChange)
  return () => {
    unsubscribe()
    window.removeEventListener("online", onChange)
    window.removeEventListener("offline", onChange)
  }
}

// Made on first use, not when the studio loads: a page's first Intl formatter costs tens of
// milliseconds of main-thread CPU, and this one is needed only when the phone is offline.
let cambodianDay: Intl.DateTimeFormat | undefined

/** "10:42 AM" today, "Dec 5, 2026, 10:42 AM" another day: Cambodia's time, the studio's language. */
export function formatShownAsOf(time: number, language: string, now = Date.now()): string {
  cambodianDay ??= new Intl.DateTimeFormat("en-CA", { timeZone: STUDIO_TIME_ZONE })
  if (cambodianDay.format(time) !== cambodianDay.format(now)) return formatStudioDateTime(new Date(time), language)
  return new Intl.DateTimeFormat(language, { timeStyle: "short", timeZone: STUDIO_TIME_ZONE }).format(time)
}

/**
 * Under the studio's top bar: the page shows what the phone kept, as of when, because the
 * connection is missing. Nothing when the data on screen is fresh.
 */
export function StudioDataAsOf() {
  const client = useQueryClient()
  const { t, i18n } = useTranslation("studio")
  const subscribe = useCallback((onChange: () => void) => subscribeToCacheAndConnection(client, onChange), [client])
  const asOf = useSyncExternalStore(
    subscribe,
    () => studioDataShownAsOf(client, navigator.onLine),
    () => null
  )
  if (asOf === null) return null
  return (
    <p role="status" className="bg-stone-200 px-4 py-2 text-base text-stone-900">
      <span className="mx-auto block max-w-2xl">{t("pwa.shownAsOf", { time: formatShownAsOf(asOf, i18n.language) })}</span>
    </p>
  )
}
