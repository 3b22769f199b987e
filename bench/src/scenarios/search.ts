import { queryRows } from "@sipakam/stack"
import { operatorToken, startReindex, storeHeaders } from "../api.js"
import { runLoad, type LoadRequestType } from "../load.js"
import {
  failedResult,
  probe,
  resultOf,
  type BenchContextType,
  type ScenarioResultType,
  type ScenarioType,
} from "../scenario.js"

/**
 * What shoppers type: nothing yet (the shop's first page, its facets over the whole catalogue),
 * whole words, a typo ("silck"), prefixes typed so far ("bask", "sbek"), a province, Khmer
 * script and a people's name.
 */
export const SEARCH_QUERIES = [
  "",
  "silk scarf",
  "silck scarf",
  "bask",
  "krama",
  "sbek",
  "Takeo",
  "pottery",
  "សូត្រ",
  "silver box",
  "bunong",
]

/** The storefront's filters: every heritage facet and the price range. */
const FACETS = [
  "craft",
  "province",
  "people",
  "materials",
  "producer_group",
  "is_lht",
  { field: "price_usd", type: "stats" },
]

function searchRequest(context: BenchContextType, withFacets: boolean): LoadRequestType {
  return {
    method: "POST",
    path: "/store/search",
    headers: storeHeaders(context.publishableKey),
    bodies: SEARCH_QUERIES.map((q) =>
      JSON.stringify({
        entity: "product",
        filters: { q },
        pagination: { take: 12 },
        search_options: {
          typo_tolerance: true,
          match_strategy: "last",
          ...(withFacets ? { facets: FACETS } : {}),
        },
      })
    ),
  }
}

function searchScenario(name: string, description: string, withFacets: boolean): ScenarioType {
  const scenario: ScenarioType = {
    name,
    description,
    run: async (context) => {
      const request = searchRequest(context, withFacets)
      let alone: Record<string, number>
      try {
        alone = await probe(context.origin, request, SEARCH_QUERIES.map((q) => q || "(none)"))
      } catch (error) {
        return failedResult(scenario, error)
      }
      const figures = await runLoad({
        origin: context.origin,
        request,
        connections: context.connections,
        durationSeconds: context.durationSeconds,
      })
      return resultOf(scenario, figures, { unloaded_ms_by_query: alone })
    },
  }
  return scenario
}

type SyncRowType = {
  status: string
  started_at: Date | null
  completed_at: Date | null
  documents_synced: number
  error: string | null
}

export type ReindexRunType = {
  job_id: string
  status: string
  /** How long the run took, from the engine's own record of it (search_index_sync), if it ended. */
  seconds: number | null
  /** Documents written, and over how many seconds (up to now for a run still going). */
  documents: number
  elapsed_s: number | null
}

/**
 * A reindex run's progress, from the Search Module's bookkeeping table (the admin route answers
 * with its workflow's id, not the run's). One run writes a row for the rebuild and one for the
 * catch-up that follows it: the run is as far as its newest row, took from the first start to the
 * last completion, and wrote the documents of all its rows.
 */
async function readSync(databaseUrl: string, since: Date): Promise<SyncRowType | undefined> {
  const rows = await queryRows<SyncRowType>(
    databaseUrl,
    `SELECT (array_agg(status ORDER BY created_at DESC))[1] AS status,
            min(started_at) AS started_at,
            max(completed_at) AS completed_at,
            coalesce(sum(documents_synced), 0)::int AS documents_synced,
            (array_agg(error ORDER BY created_at DESC))[1] AS error
       FROM search_index_sync
      WHERE created_at >= $1 AND deleted_at IS NULL`,
    [since]
  )
  return rows[0]?.status ? rows[0] : undefined
}

const FINISHED = new Set(["done", "failed", "canceled"])
/**
 * After the load, the last reindex is waited for this long at most; a run still going then is
 * recorded with its progress (a full rebuild of 10,000 products takes minutes).
 */
const DRAIN_MS = 5 * 60 * 1000

function runOf(job: string, sync: SyncRowType | undefined): ReindexRunType {
  const finished = Boolean(sync && FINISHED.has(sync.status))
  const end = sync?.completed_at ?? new Date()
  const elapsed = sync?.started_at ? Math.round((end.getTime() - sync.started_at.getTime()) / 100) / 10 : null
  return {
    job_id: job,
    status: sync?.status ?? "not found",
    seconds: finished && sync?.completed_at ? elapsed : null,
    documents: sync?.documents_synced ?? 0,
    elapsed_s: elapsed,
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Keeps a reindex running for as long as `loading()` says: starts one, watches its record,
 * starts the next when it finishes. Resolves (never rejects: it runs beside the load) with
 * every run once the last one has finished, or with why it could not go on.
 */
async function keepReindexing(
  context: BenchContextType,
  token: string,
  firstJob: { job_id: string; requested_at: Date },
  loading: () => boolean
): Promise<{ runs: ReindexRunType[]; problem?: string }> {
  const runs: ReindexRunType[] = []
  let request = firstJob
  let drainUntil = 0
  try {
    for (;;) {
      await sleep(500)
      const sync = await readSync(context.databaseUrl, request.requested_at)
      const job = request.job_id
      if (sync && FINISHED.has(sync.status)) {
        const run = runOf(job, sync)
        runs.push(run)
        context.log(`reindex ${run.status}: ${run.documents} documents in ${run.seconds ?? "?"} s`)
        if (!loading()) {
          return { runs }
        }
        request = await startReindex(context.origin, token)
        continue
      }
      if (!loading()) {
        if (!drainUntil) {
          drainUntil = Date.now() + DRAIN_MS
          context.log(`waiting for the reindex to end (at most ${DRAIN_MS / 60000} min)...`)
        }
        if (Date.now() > drainUntil) {
          const run = runOf(job, sync)
          runs.push(run)
          return {
            runs,
            problem: `the last reindex was still ${run.status} after ${run.elapsed_s} s (${run.documents} documents written)`,
          }
        }
      }
    }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    context.log(`stopped watching the reindex: ${problem}`)
    return { runs, problem }
  }
}

const plain = searchScenario(
  "search",
  "POST /store/search, rotating queries, 12 hits, no facets",
  false
)
const faceted = searchScenario(
  "search + facets",
  "POST /store/search, rotating queries, 12 hits, 6 facets and price stats",
  true
)

const duringReindex: ScenarioType = {
  name: "search + facets, reindexing",
  description: "the faceted search while the operator rebuilds the search index (restarted as it ends)",
  run: async (context): Promise<ScenarioResultType> => {
    const request = searchRequest(context, true)
    let token: string
    let firstJob: { job_id: string; requested_at: Date }
    try {
      await probe(context.origin, { ...request, bodies: request.bodies?.slice(0, 1) })
      token = await operatorToken(context.origin)
      firstJob = await startReindex(context.origin, token)
    } catch (error) {
      return failedResult(duringReindex, error)
    }
    let loading = true
    const watching = keepReindexing(context, token, firstJob, () => loading)
    const figures = await runLoad({
      origin: context.origin,
      request,
      connections: context.connections,
      durationSeconds: context.durationSeconds,
    })
    loading = false
    const { runs, problem } = await watching
    return resultOf(duringReindex, figures, {
      reindexes: runs,
      reindex_seconds: runs.flatMap((run) => (run.seconds === null ? [] : [run.seconds])),
      ...(problem ? { reindex_problem: problem } : {}),
    })
  },
}

export const searchScenarios: ScenarioType[] = [plain, faceted, duringReindex]
