import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  productsArgument,
  queryRows,
  readBenchSettings,
  seedBulk,
  startStack,
  type RunningStackType,
} from "@sipakam/stack"
import { cambodiaRegionId, producerToken, sampleProducts, searchCount, STUDIO_TOKEN_KEY, storeProductCount } from "./api.js"
import { measureBundle, type BundleFiguresType } from "./bundle.js"
import { runLighthouse, type LighthouseFiguresType } from "./lighthouse.js"
import { measureBackendMemory, waitForQuietBackend } from "./process-group.js"
import { describeCommit, describeMachine, formatTable, writeReport, type BenchReportType } from "./report.js"
import { failedResult, type BenchContextType, type ScenarioResultType, type ScenarioType } from "./scenario.js"
import { catalogueScenarios } from "./scenarios/catalogue.js"
import { checkoutScenarios } from "./scenarios/checkout.js"
import { searchScenarios } from "./scenarios/search.js"
import { evaluateTargets, STUDIO_TODAY_PAGE } from "./targets.js"

const USAGE = `Usage: npm run bench [-- options]
  --products N      bulk products to measure on (default 10000; the store keeps any it has beyond)
  --quick           a smoke run: 500 products, 5 s per scenario
  --duration S      seconds per scenario (default 20)
  --connections C   concurrent clients (default 10)
  --scenario TEXT   only the scenarios (and of bundle, lighthouse, restart: those) whose name contains TEXT
  --backend-port P  the backend's port (default 9300)
  --storefront-port P
                    the storefront's port (default 5373)`

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const REPO_ROOT = path.resolve(BENCH_DIR, "..")
const RESULTS_FILE = path.join(BENCH_DIR, "results.json")
const STOREFRONT_DIST = path.join(REPO_ROOT, "storefront", "dist")
/** Lighthouse's whole report of each page's median run (not committed). */
const LIGHTHOUSE_REPORTS_DIR = path.join(BENCH_DIR, "tmp", "lighthouse")

/**
 * Every load scenario, in the order they run; later issues add their areas here. Checkout comes
 * last: its completions place orders, and the events they cause keep the backend busy a while.
 */
const SCENARIOS: ScenarioType[] = [...catalogueScenarios, ...searchScenarios, ...checkoutScenarios]

/** What is measured besides the loads, each selectable by --scenario like them. */
const EXTRAS = ["bundle", "lighthouse", "restart"] as const
type ExtraType = (typeof EXTRAS)[number]

/**
 * The backend fills a new search index in the background after it starts, 40 to 60 documents a
 * second on our 2-core machine: 10,000 products take minutes the first time (later starts reuse it).
 */
const INDEX_TIMEOUT_MS = 30 * 60 * 1000
/** An index whose count has not moved for this long is not being filled any more. */
const INDEX_STALL_MS = 90 * 1000

const log = (line: string) => console.log(`[bench] ${line}`)

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}

function positiveInteger(args: string[], name: string, fallback: number): number {
  const raw = option(args, name)
  const value = Number(raw ?? fallback)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} needs a whole number above 0, got "${raw}"\n${USAGE}`)
  }
  return value
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type IndexProgressType = { status: string; documents: number }

/** The product index's newest version and how many documents its last run wrote (Search Module tables). */
async function indexProgress(databaseUrl: string): Promise<IndexProgressType | undefined> {
  try {
    const rows = await queryRows<{ status: string; documents: number | null }>(
      databaseUrl,
      `SELECT v.status,
              (SELECT s.documents_synced FROM search_index_sync s
                WHERE s.search_index_version_id = v.id AND s.deleted_at IS NULL
                ORDER BY s.created_at DESC LIMIT 1) AS documents
         FROM search_index i
         JOIN search_index_version v ON v.search_index_id = i.id AND v.deleted_at IS NULL
        WHERE i.name = 'product' AND i.deleted_at IS NULL
        ORDER BY v.version DESC LIMIT 1`
    )
    return rows[0] ? { status: rows[0].status, documents: Number(rows[0].documents ?? 0) } : undefined
  } catch {
    // Only a progress hint: tables of another Search Module version may differ.
    return undefined
  }
}

/**
 * Waits until an empty search finds every product the store sells, so the figures are those of
 * a full index. A new index answers "no active version yet" until its first fill completes; any
 * other 404 (no such index or route) ends the wait at once. Otherwise the wait ends when neither
 * the count nor the engine's progress has moved for a while, or at the timeout.
 */
async function waitForSearchIndex(origin: string, publishableKey: string, databaseUrl: string, expected: number) {
  const started = Date.now()
  let lastLog = 0
  let lastChange = Date.now()
  let indexed: number | null = null
  let lastState = ""
  while (Date.now() - started < INDEX_TIMEOUT_MS && Date.now() - lastChange < INDEX_STALL_MS) {
    let problem = ""
    try {
      indexed = await searchCount(origin, publishableKey)
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
      // "No search index named" (or no route) will not change; "no active version yet" will.
      if (problem.includes("answered 404") && !/no active version/i.test(problem)) {
        log(`search is not available, so its scenarios will fail: ${problem}`)
        return { indexed: null, seconds: null }
      }
    }
    if (indexed !== null && indexed >= expected) {
      const seconds = Math.round((Date.now() - started) / 1000)
      log(`search index holds ${indexed} of ${expected} products (waited ${seconds} s)`)
      return { indexed, seconds }
    }
    const progress = await indexProgress(databaseUrl)
    const state = `${indexed} ${progress?.status} ${progress?.documents}`
    if (state !== lastState) {
      lastState = state
      lastChange = Date.now()
    }
    if (Date.now() - lastLog > 10000) {
      const engine = progress ? ` (index ${progress.status}, ${progress.documents} documents written)` : ""
      log(`search index: ${problem ? "not answering yet" : `${indexed} of ${expected} products`}${engine}...`)
      lastLog = Date.now()
    }
    await sleep(2000)
  }
  const waited = Math.round((Date.now() - started) / 1000)
  log(`the search index holds ${indexed ?? "no"} of ${expected} products after ${waited} s: measuring anyway`)
  return { indexed, seconds: null }
}

async function runScenarios(scenarios: ScenarioType[], context: BenchContextType): Promise<ScenarioResultType[]> {
  const results: ScenarioResultType[] = []
  for (const scenario of scenarios) {
    log(`${scenario.name}: ${scenario.connections ?? context.connections} connections for ${context.durationSeconds} s...`)
    let result: ScenarioResultType
    try {
      result = await scenario.run(context)
    } catch (error) {
      result = failedResult(scenario, error)
    }
    const figures = result.figures
    log(
      result.status === "ok" && figures
        ? `${scenario.name}: ${figures.requests_per_s} req/s, p50 ${figures.latency_ms.p50} ms, p95 ${figures.latency_ms.p95} ms`
        : `${scenario.name}: FAILED (${result.error})`
    )
    results.push(result)
    // Lets the server finish what the last load left queued before the next one starts.
    await sleep(2000)
  }
  return results
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10

function measureStorefrontBundle(): BundleFiguresType | null {
  try {
    return measureBundle(STOREFRONT_DIST)
  } catch (error) {
    log(`bundle: not measured (${error instanceof Error ? error.message : String(error)})`)
    return null
  }
}

/**
 * Lighthouse on the storefront the stack serves: home, catalogue and a product page. It waits
 * first for the backend to finish the work the loads left it (the orders' events), which would
 * otherwise take the CPU from the browser and count as the pages' blocking time.
 */
async function auditPages(
  origin: string,
  publishableKey: string,
  storefrontPort: number,
  backendPid: number | undefined
): Promise<LighthouseFiguresType | { skipped: string }> {
  if (backendPid) {
    const waited = await waitForQuietBackend(backendPid)
    log(waited === null ? "lighthouse: the backend is still busy, auditing anyway" : `lighthouse: the backend is quiet (after ${waited} s)`)
  }
  const storefront = `http://127.0.0.1:${storefrontPort}`
  const regionId = await cambodiaRegionId(origin, publishableKey)
  const [product] = await sampleProducts(origin, publishableKey, regionId, 1)
  // The studio's pages as the demo coordinator sees them after logging in on the phone (in
  // Khmer, its default language): the login is the token the studio keeps in localStorage.
  const studioLogin = { [STUDIO_TOKEN_KEY]: await producerToken(origin) }
  const pages = [
    { name: "home", url: `${storefront}/` },
    { name: "catalogue", url: `${storefront}/shop` },
    ...(product ? [{ name: "product", url: `${storefront}/products/${product.handle}` }] : []),
    { name: STUDIO_TODAY_PAGE, url: `${storefront}/studio`, localStorage: studioLogin },
    { name: "studio listing editor", url: `${storefront}/studio/listings/new`, localStorage: studioLogin },
  ]
  const result = await runLighthouse(pages, log, LIGHTHOUSE_REPORTS_DIR)
  if ("skipped" in result) {
    log(`lighthouse: skipped, ${result.skipped}`)
  }
  return result
}

async function main() {
  const args = process.argv.slice(2)
  if (args.includes("--help")) {
    console.log(USAGE)
    return 0
  }
  const dotEnv = path.join(REPO_ROOT, ".env")
  if (fs.existsSync(dotEnv)) {
    process.loadEnvFile(dotEnv)
  }
  const quick = args.includes("--quick")
  const products = productsArgument(args, quick ? 500 : 10000)
  const durationSeconds = positiveInteger(args, "--duration", quick ? 5 : 20)
  const connections = positiveInteger(args, "--connections", 10)
  const only = option(args, "--scenario")
  const scenarios = SCENARIOS.filter((scenario) => !only || scenario.name.includes(only))
  const extras = new Set<ExtraType>(EXTRAS.filter((extra) => !only || extra.includes(only)))
  if (!scenarios.length && !extras.size) {
    const names = [...SCENARIOS.map((scenario) => scenario.name), ...EXTRAS]
    throw new Error(`No scenario matches "${only}": ${names.join(", ")}`)
  }
  const withStorefront =
    extras.has("bundle") || extras.has("lighthouse") || scenarios.some((scenario) => scenario.needsStorefront)
  // Medusa logs every request at its default level ("http"); the bench keeps the output readable.
  process.env.LOG_LEVEL ||= "info"

  const defaults = readBenchSettings(process.env)
  const settings = {
    ...defaults,
    backendPort: positiveInteger(args, "--backend-port", defaults.backendPort),
    storefrontPort: positiveInteger(args, "--storefront-port", defaults.storefrontPort),
  }
  const { seconds: seedSeconds } = await seedBulk(settings, { products, log })

  let stack: RunningStackType | undefined
  const stop = async () => {
    const running = stack
    stack = undefined
    await running?.stop()
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log("stopping...")
      stop().finally(() => process.exit(130))
    })
  }

  const stackOptions = { log: (line: string) => console.log(`[stack] ${line}`), storefront: withStorefront }
  let started = Date.now()
  stack = await startStack(settings, stackOptions)
  const firstStart = seconds(started)
  let report: BenchReportType
  try {
    const origin = `http://127.0.0.1:${settings.backendPort}`
    const storeProducts = await storeProductCount(origin, stack.publishableKey)
    const index = scenarios.length
      ? await waitForSearchIndex(origin, stack.publishableKey, stack.databaseUrl, storeProducts)
      : { indexed: null, seconds: null }
    const results = await runScenarios(scenarios, {
      origin,
      publishableKey: stack.publishableKey,
      databaseUrl: stack.databaseUrl,
      durationSeconds,
      connections,
      log,
    })
    const memory = results.length && stack.backendPid ? (measureBackendMemory(stack.backendPid) ?? null) : null
    // Lighthouse's studio figure needs the app shell's files, which the bundle's figures name.
    const bundle = extras.has("bundle") || extras.has("lighthouse") ? measureStorefrontBundle() : null
    const lighthouse = extras.has("lighthouse") ? await auditPages(origin, stack.publishableKey, settings.storefrontPort, stack.backendPid) : null

    let secondStart: number | null = null
    if (extras.has("restart")) {
      log("stopping the stack to time a second start")
      await stop()
      started = Date.now()
      stack = await startStack(settings, stackOptions)
      secondStart = seconds(started)
      log(`second start: ready in ${secondStart} s`)
    }

    report = {
      date: new Date().toISOString(),
      commit: describeCommit(REPO_ROOT),
      machine: describeMachine(),
      settings: { products, quick, duration_s: durationSeconds, connections, log_level: process.env.LOG_LEVEL },
      data: {
        store_products: storeProducts,
        indexed_products: index.indexed,
        index_wait_s: index.seconds,
        seed_bulk_s: seedSeconds,
      },
      scenarios: results,
      memory,
      start: { first_s: firstStart, second_s: secondStart, storefront: withStorefront },
      bundle,
      lighthouse,
      targets: evaluateTargets({
        scenarios: results,
        memory,
        restartSeconds: secondStart,
        lighthouse: lighthouse && !("skipped" in lighthouse) ? lighthouse : null,
        bundle,
      }),
    }
  } finally {
    log("stopping the stack")
    await stop()
  }

  writeReport(RESULTS_FILE, report)
  console.log(formatTable(report))
  log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`)
  return report.scenarios.some((result) => result.status === "failed") ? 1 : 0
}

// Exits explicitly: the embedded PostgreSQL's exit hook would end the process with 0 otherwise.
main().then((code) => process.exit(code), (error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
