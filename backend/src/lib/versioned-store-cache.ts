import { randomUUID } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"

/** A version lives until the next change; this only bounds an idle entry's life. */
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60
/** How long an answer is kept: a change made outside the workflows shows after at most this. */
const ANSWER_TTL_SECONDS = 300

type VersionEntryType = { version: string }

/**
 * Answers of the store kept in Medusa's Caching Module under a version. Every entry's key holds
 * the current version; a change starts a new one, so every earlier answer is unreachable at once,
 * including empty answers, which hold no record an invalidation by tags could find. An answer
 * computed while a change lands is kept under the version it started with, so it is never served
 * after that change.
 */
export class VersionedStoreCache {
  readonly answerTtlSeconds = ANSWER_TTL_SECONDS

  constructor(private readonly name: string) {}

  /** Makes every answer cached so far unreachable; the next requests are answered afresh. */
  async startVersion(caching: ICachingModuleService): Promise<string> {
    const version = randomUUID()
    await caching.set({ key: this.versionKey(), data: { version }, ttl: VERSION_TTL_SECONDS, tags: [] })
    return version
  }

  /** The key of the answer to `request` under the current version. */
  async answerKey(caching: ICachingModuleService, request: string): Promise<string> {
    const entry = (await caching.get({ key: this.versionKey() })) as VersionEntryType | null
    const version = entry?.version ?? (await this.startVersion(caching))
    return `${this.name}:${version}:${request}`
  }

  private versionKey(): string {
    return `${this.name}:version`
  }
}

/**
 * The catalogue's answers (product list and product pages); the catalogue's workflows and
 * events start a new version (`workflows/catalogue/steps/start-store-catalogue-version.ts`).
 */
export const storeCatalogueCache = new VersionedStoreCache("store-catalogue")

/**
 * The impact figures (`GET /store/impact`); every workflow that changes what they count (a group
 * created, approved, suspended or edited; a maker created, edited or retired; a sale, reversal or
 * payout) starts a new version as its last step (`workflows/impact/steps/start-store-impact-version.ts`).
 */
export const storeImpactCache = new VersionedStoreCache("store-impact")
