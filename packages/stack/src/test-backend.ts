import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { findPublishableKey, migrate, seed } from "./backend.js"
import { buildIfChanged } from "./build.js"
import { dropDatabase, ensureDatabase, withDatabase } from "./postgres.js"
import { backendEnvironment } from "./stack.js"

export type TestBackendType = {
  databaseUrl: string
  /** The backend's environment (production, real secrets) for `startBackendProcess`. */
  env: NodeJS.ProcessEnv
  publishableKey: string
  /** Drops the database and removes the uploads. */
  remove: () => Promise<void>
}

/**
 * The PostgreSQL server the integration tests were given (DB_* variables, set by `with-postgres`),
 * as a URL of its maintenance database.
 */
export function testServerUrl(env: NodeJS.ProcessEnv): string {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = env
  if (!DB_HOST || !DB_PORT || !DB_USERNAME) {
    throw new Error(
      "DB_HOST, DB_PORT and DB_USERNAME are not set: run the tests through " +
        "`node --import tsx packages/stack/src/cli.ts with-postgres -- <command>` (as `npm test` does)."
    )
  }
  const credentials = DB_PASSWORD ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}` : encodeURIComponent(DB_USERNAME)
  return `postgres://${credentials}@${DB_HOST}:${DB_PORT}/postgres`
}

/**
 * What tests of real backend processes start from: the production build (built only if the
 * sources changed, without the storefront), a fresh database of its own on `serverUrl` with the
 * migrations and the demo catalogue. `remove` drops it again.
 */
export async function prepareTestBackend(options: {
  serverUrl: string
  /** Used for BACKEND_URL; each process gets its own port when started. */
  port: number
  log: (line: string) => void
}): Promise<TestBackendType> {
  const { log } = options
  const suffix = randomBytes(4).toString("hex")
  const databaseUrl = withDatabase(options.serverUrl, `sipakam_processes_${suffix}`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sipakam-processes-"))
  const remove = async () => {
    await dropDatabase(databaseUrl)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  const secret = () => randomBytes(32).toString("hex")
  const env = backendEnvironment(
    { backendPort: options.port, storefrontPort: options.port + 1, dataDir, databaseUrl },
    databaseUrl,
    { jwtSecret: secret(), cookieSecret: secret(), postgresPassword: "" }
  )
  try {
    await ensureDatabase(databaseUrl)
    await buildIfChanged(log, env, { storefront: false })
    let started = Date.now()
    await migrate(env)
    log(`migrations: ${Math.round((Date.now() - started) / 1000)} s`)
    started = Date.now()
    await seed(env)
    log(`demo catalogue: ${Math.round((Date.now() - started) / 1000)} s`)
    return { databaseUrl, env, publishableKey: await findPublishableKey(databaseUrl), remove }
  } catch (error) {
    await remove()
    throw error
  }
}
