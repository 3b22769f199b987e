/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useSyncExternalStore } from "react"
import { registerSW } from "virtual:pwa-register"

/** The studio's manifest (public/studio/), named by the page only while the studio is open. */
export const STUDIO_MANIFEST_URL = "/studio/manifest.webmanifest"
/** The studio's top bar (red-950), for the phone's status bar; the shop has its own. */
export const STUDIO_THEME_COLOR = "#450a0a"

/** A coordinator may keep the studio open for days: ask for a new version once an hour. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

let started = false
let updateReady = false
let applyUpdate: (() => Promise<void>) | undefined
const listeners = new Set<() => void>()

/**
 * The first time the worker takes this page over, /config.js was already loaded from the
 * network, past it: loading it once more through the worker keeps its copy for offline starts.
 */
function keepRuntimeConfigOnceControlled(): void {
  if (navigator.serviceWorker.controller) return
  navigator.serviceWorker.addEventListener(
    "controllerchange",
    () => void fetch("/config.js", { cache: "no-store" }).catch(() => undefined),
    { once: true }
  )
}

/**
 * Registers the studio's service worker (plugins/studio-service-worker.ts), once per visit.
 * Only the studio calls it, so the shop never registers one.
 */
export function startStudioServiceWorker(): void {
  if (started || !("serviceWorker" in navigator)) return
  started = true
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateReady = true
      for (const listener of listeners) listener()
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      keepRuntimeConfigOnceControlled()
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }, UPDATE_CHECK_MS)
    },
    onRegisterError(error) {
      console.error("The studio's service worker could not be registered: it will not open offline", error)
    },
  })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Registers the worker when the studio mounts, and tells when a new version is waiting:
 * `reload()` lets it take over, and the page reloads in it.
 */
export function useStudioServiceWorker(): { updateReady: boolean; reload: () => void } {
  useEffect(startStudioServiceWorker, [])
  const ready = useSyncExternalStore(subscribe, () => updateReady, () => false)
  return { updateReady: ready, reload: () => void applyUpdate?.() }
}

/**
 * While the studio is open, the page names its web app manifest (the shop is not an app, so
 * index.html names none) and the studio's colour, which the shop's is restored to after.
 */
export function useStudioManifest(): void {
  useEffect(() => {
    const link = document.createElement("link")
    link.rel = "manifest"
    link.href = STUDIO_MANIFEST_URL
    document.head.append(link)
    const theme = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')
    const shopTheme = theme?.content
    if (theme) theme.content = STUDIO_THEME_COLOR
    return () => {
      link.remove()
      if (theme && shopTheme) theme.content = shopTheme
    }
  }, [])
}
