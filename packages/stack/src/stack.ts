import fs from "node:fs"
import type http from "node:http"
import path from "node:path"
import { findPublishableKey, isSeeded, migrate, seed, startBackend, waitForHealth } from "./backend.js"
import { backendDigest, buildIfChanged } from "./build.js"
import { assertPortFree } from "./ports.js"
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type RunningPostgresType } from "./postgres.js"
import { stopAllProcesses, stopProcess } from "./processes.js"
import { loadOrCreateSecrets } from "./secrets.js"
import type { StackSettingsType } from "./settings.js"
import { serveStorefront } from "./storefront-server.js"

export type RunningStackType = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  stop: () => Promise<void>
}

const EMBEDDED_DATABASE = "sipakam"

/**
 * The whole marketplace on one machine: PostgreSQL (embedded unless DATABASE_URL is given),
 * migrations, the demo catalogue on first run, the backend's production build and the
 * storefront's production build. Builds and migrations are skipped when nothing changed.
 */
export async function startStack(
  settings: StackSettingsType,
  options: { reset?: boolean; log?: (line: string) => void } = {}
): Promise<RunningStackType> {
  const log = options.log ?? ((line: string) => console.log(`[stack] ${line}`))
  const { dataDir, backendPort, storefrontPort } = settings
  const uploadDir = path.join(dataDir, "uploads")
  const migrationStamp = path.join(dataDir, "migrations.stamp")

  if (options.reset) {
    log(`resetting ${path.relative(process.cwd(), dataDir) || dataDir}`)
    for (const entry of ["postgres", "uploads", "migrations.stamp", "postgres.log"]) {
      fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true })
    }
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secrets = loadOrCreateSecrets(dataDir)
  await assertPortFree(backendPort, "PORT")
  await assertPortFree(storefrontPort, "STOREFRONT_PORT")

  let postgres: RunningPostgresType | undefined
  let storefront: http.Server | undefined
  const stop = async () => {
    await new Promise((resolve) => (storefront ? storefront.close(resolve) : resolve(undefined)))
    await stopAllProcesses()
    await postgres?.stop()
  }

  try {
    let databaseUrl = settings.databaseUrl
    if (!databaseUrl) {
      const pgLog = path.join(dataDir, "postgres.log")
      log("starting embedded PostgreSQL")
      postgres = await startEmbeddedPostgres({
        dir: path.join(dataDir, "postgres"),
        password: secrets.postgresPassword,
        log: (line) => fs.appendFileSync(pgLog, `${line}\n`),
      })
      databaseUrl = withDatabase(postgres.serverUrl, EMBEDDED_DATABASE)
      log(`PostgreSQL listening on 127.0.0.1:${postgres.port} (log: ${pgLog})`)
    }
    await ensureDatabase(databaseUrl, { reset: Boolean(options.reset && settings.databaseUrl) })


    const backendUrl = process.env.BACKEND_URL || `http://localhost:${backendPort}`
    const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`
    const storefrontOrigins = [storefrontUrl, `http://127.0.0.1:${storefrontPort}`, `http://localhost:${storefrontPort}`]
    const backendOrigins = [backendUrl, `http://127.0.0.1:${backendPort}`, `http://localhost:${backendPort}`]
    const unique = (values: string[]) => [...new Set(values)].join(",")
    const backendEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(backendPort),
      DATABASE_URL: databaseUrl,
      BACKEND_URL: backendUrl,
      FILE_UPLOAD_DIR: process.env.FILE_UPLOAD_DIR || uploadDir,
      JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
      COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookieSecret,
      STORE_CORS: process.env.STORE_CORS || unique(storefrontOrigins),
      ADMIN_CORS: process.env.ADMIN_CORS || unique(backendOrigins),
      AUTH_CORS: process.env.AUTH_CORS || unique([...storefrontOrigins, ...backendOrigins]),
    }

    await buildIfChanged(log, backendEnv)

    // The embedded server's port changes at every start; its database is the one in dataDir.
    const migrationKey = `${backendDigest()} ${settings.databaseUrl ?? "embedded"}`
    if (!fs.existsSync(migrationStamp) || fs.readFileSync(migrationStamp, "utf8") !== migrationKey) {
      log("running migrations")
      await migrate(backendEnv)
      fs.writeFileSync(migrationStamp, migrationKey)
    } else {
      log("migrations: up to date")
    }

    if (await isSeeded(databaseUrl)) {
      log("demo catalogue: already seeded")
    } else {
      log("seeding the demo catalogue (first run only)...")
      await seed(backendEnv)
    }
    const publishableKey = await findPublishableKey(databaseUrl)

    log("starting the backend")
    const backend = startBackend(backendEnv, backendEnv.FILE_UPLOAD_DIR as string)
    await waitForHealth(`http://127.0.0.1:${backendPort}`, backend)

    storefront = await serveStorefront(storefrontPort, {
      backendUrl,
      publishableKey,
      stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY || null,
    })

    return {
      backendUrl,
      storefrontUrl,
      publishableKey,
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
