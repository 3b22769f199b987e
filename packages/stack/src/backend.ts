import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { BACKEND_BUILD_DIR, BACKEND_DIR } from "./paths.js"
import { queryRows } from "./postgres.js"
import { launch, run } from "./processes.js"

/** Applies Medusa's and our modules' migrations and syncs links. */
export function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  return run("npx", ["medusa", "db:migrate"], { cwd: BACKEND_DIR, env, quiet: true })
}

/** The seed marks the store when the demo catalogue is complete (see backend/src/scripts/seed.ts). */
export async function isSeeded(databaseUrl: string): Promise<boolean> {
  const rows = await queryRows<{ version: string | null }>(
    databaseUrl,
    "SELECT metadata->>'sipakam_seed_version' AS version FROM store WHERE deleted_at IS NULL LIMIT 1"
  )
  return Boolean(rows[0]?.version)
}

export function seed(env: NodeJS.ProcessEnv): Promise<void> {
  return run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: BACKEND_DIR, env, quiet: true })
}

/** The storefront's key: the first live publishable key (Medusa's migrations create one). */
export async function findPublishableKey(databaseUrl: string): Promise<string> {
  const rows = await queryRows<{ token: string }>(
    databaseUrl,
    `SELECT token FROM api_key
      WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
      ORDER BY created_at ASC LIMIT 1`
  )
  if (!rows[0]) {
    throw new Error("No publishable API key found: the migrations should have created one.")
  }
  return rows[0].token
}

/**
 * V8's heap sizes for the backend server, in MiB.
 * - Old generation: its live heap is about 210 MiB idle; without a limit V8 lets garbage grow the
 *   process past 900 MiB under load before it collects. With 384 it stays under 600 MiB after the
 *   bench's loads, and no slower (bench/results.json).
 * - Young generation (each of its two semi-spaces): with V8's default of 16 MiB, a reindex spent a
 *   fifth of its time in scavenges (356 in 20 s, 3.9 s in all); with 64 it spent 0.6 s (18).
 * A size already set in NODE_OPTIONS wins; docker-compose.yml sets the same.
 */
export const BACKEND_HEAP_SIZES_MB = { "max-old-space-size": 384, "max-semi-space-size": 64 } as const

/** `env` with the backend's heap sizes added to NODE_OPTIONS, each unless it sets that one already. */
export function withBackendHeapSizes(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ""
  const added = Object.entries(BACKEND_HEAP_SIZES_MB)
    .filter(([flag]) => !options.includes(`--${flag}`))
    .map(([flag, mib]) => `--${flag}=${mib}`)
  return added.length ? { ...env, NODE_OPTIONS: [options, ...added].join(" ").trim() } : env
}

/**
 * Starts the production build of the backend. Medusa serves uploads from `<cwd>/static`; that
 * folder is linked to the stack's upload directory so files survive rebuilds.
 */
export function startBackend(env: NodeJS.ProcessEnv, uploadDir: string): ChildProcess {
  const staticLink = path.join(BACKEND_BUILD_DIR, "static")
  fs.mkdirSync(uploadDir, { recursive: true })
  fs.rmSync(staticLink, { recursive: true, force: true })
  fs.symlinkSync(uploadDir, staticLink, "dir")
  return launch("npx", ["medusa", "start"], { cwd: BACKEND_BUILD_DIR, env: withBackendHeapSizes(env), label: "backend" })
}

/** Waits until `/health` answers 200; fails early if the backend process exits. */
export async function waitForHealth(url: string, backend: ChildProcess, timeoutMs = 180000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (backend.exitCode !== null || backend.signalCode !== null) {
      throw new Error("The backend stopped while starting; its output is above.")
    }
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The backend did not answer ${url}/health within ${timeoutMs / 1000} s.`)
}
