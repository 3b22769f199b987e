import { randomUUID } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"

/**
 * The store's impact figures (`GET /store/impact`) kept in Medusa's Caching Module, versioned as
 * the catalogue's answers are (`store-catalogue-cache.ts`): every workflow that changes what the
 * figures count (a group created, approved, suspended or edited; a maker created, edited or
 * retired; a sale, reversal or payout on the ledger) starts a new version as its last step, so
 * the next request adds them up afresh. An answer computed while a change lands is kept under
 * the version it started with, so it is never served after that change.
 */
const VERSION_KEY = "store-impact:version"
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60
/** A change made outside those workflows (a script, the database) shows after at most this. */
export const STORE_IMPACT_ANSWER_TTL_SECONDS = 300

type VersionEntryType = { version: string }

export async function startStoreImpactVersion(caching: ICachingModuleService): Promise<string> {
  const version = randomUUID()
  await caching.set({ key: VERSION_KEY, data: { version }, ttl: VERSION_TTL_SECONDS, tags: [] })
  return version
}

export async function storeImpactVersion(caching: ICachingModuleService): Promise<string> {
  const entry = (await caching.get({ key: VERSION_KEY })) as VersionEntryType | null
  return entry?.version ?? (await startStoreImpactVersion(caching))
}

export function storeImpactAnswerKey(version: string): string {
  return `store-impact:${version}:answer`
}
