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
 * V8's old-generation limit for the backend server, in MiB. Its live heap is about 210 MiB idle;
 * without a limit V8 lets garbage grow the process past 900 MiB under load before it collects.
 * With this limit it stays under 500 MiB after the bench's loads, and no slower
 * (bench/results.json). A limit already set in NODE_OPTIONS wins; docker-compose.yml sets the same.
 */
export const BACKEND_HEAP_LIMIT_MB = 384

/** `env` with the backend's heap limit added to NODE_OPTIONS, unless it sets one already. */
export function withBackendHeapLimit(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ""
  if (options.includes("--max-old-space-size")) {
    return env
  }
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${BACKEND_HEAP_LIMIT_MB}`.trim() }
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
  return launch("npx", ["medusa", "start"], { cwd: BACKEND_BUILD_DIR, env: withBackendHeapLimit(env), label: "backend" })
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
