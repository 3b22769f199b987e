import fs from "node:fs"
import type http from "node:http"
import path from "node:path"
import { findPublishableKey, isSeeded, migrate, seed, startBackend, waitForHealth } from "./backend.js"
import { backendDigest, buildIfChanged } from "./build.js"
import { assertPortFree } from "./ports.js"
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type RunningPostgresType } from "./postgres.js"
import { stopAllProcesses, stopProcess } from "./processes.js"
import { loadOrCreateSecrets, type LocalSecretsType } from "./secrets.js"
import type { StackSettingsType } from "./settings.js"
import { serveStorefront } from "./storefront-server.js"

export type RunningStackType = {
  backendUrl: string
  /** Where the storefront is served; none when started without it. */
  storefrontUrl: string | null
  publishableKey: string
  /** The database the backend runs on (tools such as the benchmarks read its bookkeeping). */
  databaseUrl: string
  /** The backend's process (group leader), e.g. for the benchmarks to read its memory. */
  backendPid: number | undefined
  stop: () => Promise<void>
}

const EMBEDDED_DATABASE = "sipakam"

type Log = (line: string) => void

export type StackDatabaseType = {
  databaseUrl: string
  /** Stops the embedded server, if one was started. */
  stop: () => Promise<void>
}

/**
 * The stack's database: the one DATABASE_URL names (created if missing), else the embedded
 * PostgreSQL whose cluster lives in the data directory.
 */
export async function openDatabase(
  settings: StackSettingsType,
  secrets: LocalSecretsType,
  log: Log,
  options: { reset?: boolean } = {}
): Promise<StackDatabaseType> {
  let postgres: RunningPostgresType | undefined
  let databaseUrl = settings.databaseUrl
  if (!databaseUrl) {
    const pgLog = path.join(settings.dataDir, "postgres.log")
    log("starting embedded PostgreSQL")
    postgres = await startEmbeddedPostgres({
      dir: path.join(settings.dataDir, "postgres"),
      password: secrets.postgresPassword,
      log: (line) => fs.appendFileSync(pgLog, `${line}\n`),
    })
    databaseUrl = withDatabase(postgres.serverUrl, EMBEDDED_DATABASE)
    log(`PostgreSQL listening on 127.0.0.1:${postgres.port} (log: ${pgLog})`)
  }
  try {
    await ensureDatabase(databaseUrl, { reset: Boolean(options.reset && settings.databaseUrl) })
  } catch (error) {
    await postgres?.stop()
    throw error
  }
  return { databaseUrl, stop: async () => postgres?.stop() }
}

/** The environment the backend's commands and server run with: production, real secrets. */
export function backendEnvironment(
  settings: StackSettingsType,
  databaseUrl: string,
  secrets: LocalSecretsType
): NodeJS.ProcessEnv {
  const { backendPort, storefrontPort } = settings
  const backendUrl = process.env.BACKEND_URL || `http://localhost:${backendPort}`
  const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`
  const storefrontOrigins = [storefrontUrl, `http://127.0.0.1:${storefrontPort}`, `http://localhost:${storefrontPort}`]
  const backendOrigins = [backendUrl, `http://127.0.0.1:${backendPort}`, `http://localhost:${backendPort}`]
  const unique = (values: string[]) => [...new Set(values)].join(",")
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(backendPort),
    DATABASE_URL: databaseUrl,
    BACKEND_URL: backendUrl,
    FILE_UPLOAD_DIR: process.env.FILE_UPLOAD_DIR || path.join(settings.dataDir, "uploads"),
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
    STORE_CORS: process.env.STORE_CORS || unique(storefrontOrigins),
    ADMIN_CORS: process.env.ADMIN_CORS || unique(backendOrigins),
    AUTH_CORS: process.env.AUTH_CORS || unique([...storefrontOrigins, ...backendOrigins]),
  }
}

/**
 * Runs the migrations unless the backend's code and the database are those of the last run.
 * The embedded server's port changes at every start; its database is the one in dataDir.
 */
export async function migrateIfChanged(settings: StackSettingsType, env: NodeJS.ProcessEnv, log: Log) {
  const stamp = path.join(settings.dataDir, "migrations.stamp")
  const key = `${backendDigest()} ${settings.databaseUrl ?? "embedded"}`
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === key) {
    log("migrations: up to date")
    return
  }
  log("running migrations")
  await migrate(env)
  fs.writeFileSync(stamp, key)
}

/** Seeds the demo catalogue on a database that does not hold it yet. */
export async function seedDemoIfNeeded(databaseUrl: string, env: NodeJS.ProcessEnv, log: Log) {
  if (await isSeeded(databaseUrl)) {
    log("demo catalogue: already seeded")
    return
  }
  log("seeding the demo catalogue (first run only)...")
  await seed(env)
}

/**
 * The whole marketplace on one machine: PostgreSQL (embedded unless DATABASE_URL is given),
 * migrations, the demo catalogue on first run, the backend's production build and the
 * storefront's production build. Builds and migrations are skipped when nothing changed.
 */
export async function startStack(
  settings: StackSettingsType,
  options: {
    reset?: boolean
    log?: Log
    /** Build and serve the storefront (default); tools that only call the API can do without. */
    storefront?: boolean
  } = {}
): Promise<RunningStackType> {
  const withStorefront = options.storefront !== false
  const log = options.log ?? ((line: string) => console.log(`[stack] ${line}`))
  const { dataDir, backendPort, storefrontPort } = settings

  if (options.reset) {
    log(`resetting ${path.relative(process.cwd(), dataDir) || dataDir}`)
    for (const entry of ["postgres", "uploads", "migrations.stamp", "postgres.log"]) {
      fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true })
    }
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secrets = loadOrCreateSecrets(dataDir)
  await assertPortFree(backendPort, "PORT")
  if (withStorefront) {
    await assertPortFree(storefrontPort, "STOREFRONT_PORT")
  }

  let database: StackDatabaseType | undefined
  let storefront: http.Server | undefined
  const stop = async () => {
    await new Promise((resolve) => (storefront ? storefront.close(resolve) : resolve(undefined)))
    await stopAllProcesses()
    await database?.stop()
  }

  try {
    database = await openDatabase(settings, secrets, log, { reset: options.reset })
    const { databaseUrl } = database
    const backendEnv = backendEnvironment(settings, databaseUrl, secrets)

    await buildIfChanged(log, backendEnv, { storefront: withStorefront })
    await migrateIfChanged(settings, backendEnv, log)
    await seedDemoIfNeeded(databaseUrl, backendEnv, log)
    const publishableKey = await findPublishableKey(databaseUrl)

    log("starting the backend")
    const backend = startBackend(backendEnv, backendEnv.FILE_UPLOAD_DIR as string)
    await waitForHealth(`http://127.0.0.1:${backendPort}`, backend)

    if (withStorefront) {
      storefront = await serveStorefront(
        storefrontPort,
        {
          backendUrl: backendEnv.BACKEND_URL as string,
          publishableKey,
          stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY || process.env.VITE_STRIPE_PUBLISHABLE_KEY || null,
        },
        { backendTarget: `http://127.0.0.1:${backendPort}` }
      )
    }

    return {
      backendUrl: backendEnv.BACKEND_URL as string,
      storefrontUrl: withStorefront ? process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}` : null,
      publishableKey,
      databaseUrl,
      backendPid: backend.pid,
      stop: async () => {
        await stopProcess(backend)
        await stop()
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}
