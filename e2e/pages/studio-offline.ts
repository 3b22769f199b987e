import type { Locator, Page } from "@playwright/test"
import pwa from "../../storefront/src/locales/studio/km/pwa.json"

/** The studio's Khmer messages about working offline. */
export const STUDIO_PWA_KM = pwa

/** Where the studio keeps its queries (storefront/src/features/studio/pwa/studio-query-persistence.ts). */
const KEPT_CACHE = { database: "sipakam-studio-cache", store: "queries", key: "studio-queries" }

/** What the studio does to open without a connection: its service worker and its kept data. */
export class StudioOfflinePage {
  /** "Shown as of <time>, no connection", whatever the time. */
  readonly shownAsOf: Locator
  readonly manifestLink: Locator

  constructor(readonly page: Page) {
    const [before, after] = pwa.shownAsOf.split("{{time}}")
    this.shownAsOf = page.getByRole("status").filter({ hasText: new RegExp(`^${escaped(before ?? "")}.+${escaped(after ?? "")}$`) })
    this.manifestLink = page.locator('link[rel="manifest"]')
  }

  /** The URL of the service worker that controls the page, or null. */
  async controllingServiceWorker(): Promise<string | null> {
    return this.page.evaluate(() => navigator.serviceWorker?.controller?.scriptURL ?? null)
  }

  /** The scopes of every service worker registered for this origin. */
  async registeredScopes(): Promise<string[]> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope))
  }

  /** The names of the Cache Storage caches and every URL they hold. */
  async cachedUrls(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        urls.push(...(await cache.keys()).map((request) => request.url))
      }
      return urls
    })
  }

  /** The studio's query cache as kept in IndexedDB (its serialised text), or null. */
  async keptData(): Promise<string | null> {
    return this.page.evaluate(
      async ({ database, store, key }) => {
        // Opening a database that does not exist would create it, empty, under the studio's feet.
        if (!(await indexedDB.databases()).some(({ name }) => name === database)) return null
        return new Promise<string | null>((resolve) => {
          const open = indexedDB.open(database)
          open.onerror = () => resolve(null)
          open.onsuccess = () => {
            const db = open.result
            if (!db.objectStoreNames.contains(store)) {
              db.close()
              resolve(null)
              return
            }
            const read = db.transaction(store).objectStore(store).get(key)
            read.onsuccess = () => {
              db.close()
              resolve(typeof read.result === "string" ? read.result : null)
            }
            read.onerror = () => resolve(null)
          }
        })
      },
      KEPT_CACHE
    )
  }

  /** The keys of the queries the kept cache holds (TanStack Query's dehydrated client). */
  async keptQueryKeys(): Promise<unknown[]> {
    const kept = await this.keptData()
    if (!kept) return []
    const client = JSON.parse(kept) as { clientState?: { queries?: { queryKey: unknown }[] } }
    return (client.clientState?.queries ?? []).map((query) => query.queryKey)
  }
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
