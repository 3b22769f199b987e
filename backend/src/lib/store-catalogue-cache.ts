import { randomUUID } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"

/**
 * The store's catalogue answers (product list and product pages) kept in Medusa's Caching
 * Module. Every entry's key holds the catalogue's current version; a change to the catalogue
 * starts a new version, so every earlier answer is unreachable at once, including empty
 * answers, which hold no record an invalidation by tags could find. An answer computed while a
 * change lands is stored under the version it started with, so it is never served after it.
 */
const VERSION_KEY = "store-catalogue:version"
/** A version lives until the next change; this only bounds an idle entry's life. */
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60
/** How long an answer is kept: a missed event leaves the store stale for at most this long. */
export const STORE_CATALOGUE_ANSWER_TTL_SECONDS = 300

type VersionEntryType = { version: string }

/** Makes every answer cached so far unreachable; the next requests are answered afresh. */
export async function startStoreCatalogueVersion(caching: ICachingModuleService): Promise<string> {
  const version = randomUUID()
  await caching.set({ key: VERSION_KEY, data: { version }, ttl: VERSION_TTL_SECONDS, tags: [] })
  return version
}

export async function storeCatalogueVersion(caching: ICachingModuleService): Promise<string> {
  const entry = (await caching.get({ key: VERSION_KEY })) as VersionEntryType | null
  return entry?.version ?? (await startStoreCatalogueVersion(caching))
}

export function storeCatalogueAnswerKey(version: string, request: string): string {
  return `store-catalogue:${version}:${request}`
}
