import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, REPO_ROOT } from "./paths.js"
import { queryRows, withDatabase } from "./postgres.js"
import { run } from "./processes.js"
import { loadOrCreateSecrets } from "./secrets.js"
import { readSettings, type StackSettingsType } from "./settings.js"
import { backendEnvironment, migrateIfChanged, openDatabase, seedDemoIfNeeded } from "./stack.js"

/** The benchmarks' database on a server given by DATABASE_URL (never the demo's database). */
export const BENCH_DATABASE = "sipakam_bench"
/** The bench stack's ports, away from `npm start` (9000, 5173) and the e2e stack (9100, 5273). */
export const BENCH_BACKEND_PORT = 9300
export const BENCH_STOREFRONT_PORT = 5373

/** Written by backend/src/scripts/seed-bulk.ts once the store holds that many bulk products. */
const BULK_PRODUCTS_KEY = "sipakam_bulk_products"

/**
 * Where the benchmarks' data lives: an embedded PostgreSQL in `.data/bench`, or the database
 * `sipakam_bench` on the server DATABASE_URL points at. Either way never the demo's data.
 */
export function readBenchSettings(env: NodeJS.ProcessEnv): StackSettingsType {
  const base = readSettings(env)
  return {
    backendPort: BENCH_BACKEND_PORT,
    storefrontPort: BENCH_STOREFRONT_PORT,
    dataDir: path.join(REPO_ROOT, ".data", "bench"),
    databaseUrl: base.databaseUrl ? withDatabase(base.databaseUrl, BENCH_DATABASE) : undefined,
  }
}

/** `--products N` or `--products=N` among command-line arguments; `fallback` when absent. */
export function productsArgument(args: string[], fallback: number): number {
  const index = args.findIndex((arg) => arg === "--products" || arg.startsWith("--products="))
  if (index === -1) {
    return fallback
  }
  const raw = args[index].includes("=") ? args[index].split("=")[1] : args[index + 1]
  const products = Number(raw)
  if (!raw || !Number.isInteger(products) || products < 0) {
    throw new Error(`--products needs a whole number, got "${raw ?? ""}"`)
  }
  return products
}

/** How many complete bulk products the store holds, by the generator's own record. */
export async function countBulkProducts(databaseUrl: string): Promise<number> {
  const rows = await queryRows<{ count: string | null }>(
    databaseUrl,
    `SELECT metadata->>'${BULK_PRODUCTS_KEY}' AS count FROM store WHERE deleted_at IS NULL LIMIT 1`
  )
  return Number(rows[0]?.count ?? 0)
}

/**
 * Until the app has started once on a database, its search index has no active version and
 * every product event the generator causes fails to index (the app seeds the whole index when
 * it starts). Those errors are counted, not shown one by one.
 */
const UNSEEDED_INDEX = /has no active version yet/
const EVENT_ERROR_HEADER = /^An error occurred while processing /

/** Medusa logs JSON lines in production: the generator's progress, warnings and errors are shown. */
function logFilter(log: (line: string) => void) {
  let unindexed = 0
  return {
    onLine(line: string) {
      let entry: { level?: string; message?: string }
      try {
        entry = JSON.parse(line) as typeof entry
      } catch {
        // Not a log entry (a stack trace line, say); the output is shown in full if the run fails.
        return
      }
      const message = entry.message ?? ""
      if (UNSEEDED_INDEX.test(message)) {
        unindexed++
      } else if (EVENT_ERROR_HEADER.test(message)) {
        // The next line says what went wrong.
      } else if (message.startsWith("Bulk:") || entry.level === "error" || entry.level === "warn") {
        log(message)
      }
    },
    summary() {
      if (unindexed) {
        log(`${unindexed} product events were not indexed: the search index is seeded when the app next starts`)
      }
    },
  }
}

/**
 * Migrates the bench database, seeds the demo catalogue on it if needed, then runs the bulk
 * generator until the store holds `products` bulk products (nothing to do if it already does).
 * Returns how long the generator ran, in seconds (0 when it had nothing to do).
 */
export async function seedBulk(
  settings: StackSettingsType,
  options: { products: number; log?: (line: string) => void }
): Promise<{ seconds: number }> {
  const log = options.log ?? ((line: string) => console.log(`[seed-bulk] ${line}`))
  fs.mkdirSync(settings.dataDir, { recursive: true })
  const secrets = loadOrCreateSecrets(settings.dataDir)
  const database = await openDatabase(settings, secrets, log)
  try {
    const env = backendEnvironment(settings, database.databaseUrl, secrets)
    await migrateIfChanged(settings, env, log)
    await seedDemoIfNeeded(database.databaseUrl, env, log)
    const present = await countBulkProducts(database.databaseUrl)
    if (present >= options.products) {
      log(`the bench store already holds ${present} bulk products`)
      return { seconds: 0 }
    }
    log(`generating bulk products up to ${options.products} (progress below)...`)
    const started = Date.now()
    const filter = logFilter(log)
    await run("npx", ["medusa", "exec", "./src/scripts/seed-bulk.ts", `products=${options.products}`], {
      cwd: BACKEND_DIR,
      env,
      quiet: true,
      onLine: filter.onLine,
    })
    filter.summary()
    const seconds = Math.round((Date.now() - started) / 1000)
    log(`done in ${seconds} s`)
    return { seconds }
  } finally {
    await database.stop()
  }
}
