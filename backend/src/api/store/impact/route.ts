import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { storeImpactCache } from "../../../lib/versioned-store-cache"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import { INDIGENOUS_PEOPLE_CODES, summarizeArtisanCounts } from "./summarize-artisans"

/** Ledger entry types whose sum is the value of goods sold: sales net of their (negative) reversals. */
const SALES_ENTRY_TYPES = [LedgerEntryType.SALE, LedgerEntryType.SALE_REVERSAL]

type MoneyTotalType = { currency_code: string; amount: number }
type ImpactType = ReturnType<typeof summarizeArtisanCounts> & {
  producer_groups: number
  provinces: number
  sales_to_date: MoneyTotalType[]
  paid_to_producers: MoneyTotalType[]
}

/** PostgreSQL answers counts and sums of integers as strings (bigint, numeric). */
type SumRowType = { currency_code: string; amount: string }

function moneyTotals(rows: SumRowType[]): MoneyTotalType[] {
  return rows
    .map((row) => ({ currency_code: row.currency_code, amount: Number(row.amount) }))
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}

/**
 * Adds the figures up in the database, four small statements (the producer module's and the
 * settlement module's tables share the application's database): no rows leave it, only totals.
 */
async function aggregateImpact(pg: Knex): Promise<ImpactType> {
  const [groups, artisans, sales, payouts] = await Promise.all([
    pg.raw<{ rows: { groups: string; provinces: string }[] }>(
      `SELECT count(*) AS groups, count(DISTINCT province) AS provinces
         FROM producer_group WHERE status = ? AND deleted_at IS NULL`,
      [ProducerGroupStatus.ACTIVE]
    ),
    pg.raw<{ rows: { artisans: string; women: string; indigenous: string }[] }>(
      `SELECT count(*) AS artisans,
              count(*) FILTER (WHERE m.gender = 'female') AS women,
              count(*) FILTER (WHERE m.people = ANY(?)) AS indigenous
         FROM maker m JOIN producer_group g ON g.id = m.group_id
        WHERE g.status = ? AND g.deleted_at IS NULL AND m.deleted_at IS NULL AND m.retired_at IS NULL`,
      [INDIGENOUS_PEOPLE_CODES as string[], ProducerGroupStatus.ACTIVE]
    ),
    pg.raw<{ rows: SumRowType[] }>(
      `SELECT currency_code, sum(amount) AS amount FROM ledger_entry
        WHERE type = ANY(?) AND deleted_at IS NULL GROUP BY currency_code`,
      [SALES_ENTRY_TYPES]
    ),
    pg.raw<{ rows: SumRowType[] }>(
      `SELECT currency_code, sum(amount) AS amount FROM payout WHERE deleted_at IS NULL GROUP BY currency_code`
    ),
  ])
  const [groupRow] = groups.rows
  const [artisanRow] = artisans.rows
  return {
    producer_groups: Number(groupRow.groups),
    provinces: Number(groupRow.provinces),
    ...summarizeArtisanCounts({
      artisans: Number(artisanRow.artisans),
      women: Number(artisanRow.women),
      indigenous: Number(artisanRow.indigenous),
    }),
    sales_to_date: moneyTotals(sales.rows),
    paid_to_producers: moneyTotals(payouts.rows),
  }
}

/**
 * The platform's impact: who it reaches (artisans of active groups, as totals only) and where
 * the money went (sales and payouts to date, per currency, in integer minor units). The same for
 * everyone, so one cached answer serves every shopper until the figures change
 * (`lib/versioned-store-cache.ts`). The cache is an optimisation only: if it fails, the figures are
 * added up as if it were not there.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const caching = req.scope.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let key: string | undefined
  if (caching) {
    try {
      key = await storeImpactCache.answerKey(caching, "answer")
      const cached = (await caching.get({ key })) as ImpactType | null
      if (cached) {
        res.json({ impact: cached })
        return
      }
    } catch (error) {
      logger.warn(`Store impact cache unavailable: ${(error as Error).message}`)
      key = undefined
    }
  }
  const impact = await aggregateImpact(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  if (caching && key) {
    caching
      .set({ key, data: impact, ttl: storeImpactCache.answerTtlSeconds, tags: [] })
      .catch((error: Error) => logger.warn(`Store impact cache not written: ${error.message}`))
  }
  res.json({ impact })
}
