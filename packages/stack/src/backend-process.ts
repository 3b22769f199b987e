import type { ChildProcess } from "node:child_process"
import { waitForHealth } from "./backend.js"
import { BACKEND_BUILD_DIR } from "./paths.js"
import { assertPortFree } from "./ports.js"
import { launch, stopProcess } from "./processes.js"

export type WorkerModeType = "shared" | "server" | "worker"

export type BackendProcessType = {
  /** http://127.0.0.1:<port>; a worker answers only /health there. */
  url: string
  mode: WorkerModeType
  child: ChildProcess
  /** The last lines the process wrote, to explain a failure. */
  output: () => string
  /** SIGTERM, then SIGKILL after a grace period: a normal stop. */
  stop: () => Promise<void>
  /** SIGKILL to the whole process group at once: a crash, with no chance to clean up. */
  kill: () => Promise<void>
}

const KEPT_LINES = 200
/** How long a killed server's port may take to be released once its processes are gone. */
const PORT_RELEASE_MS = 15000

/** Resolves once nothing listens on `port` any more (a killed group's last member may linger). */
async function waitForPortFree(port: number): Promise<void> {
  const deadline = Date.now() + PORT_RELEASE_MS
  for (;;) {
    try {
      await assertPortFree(port, "PORT")
      return
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/**
 * Starts one production backend process (`medusa start` on the build in backend/.medusa/server)
 * in the given worker mode and waits until it answers /health. Several of them may share a
 * database and a Redis: that is Medusa's scaled mode (one or more servers, one or more workers).
 * `env` is the backend's environment (see `backendEnvironment`); PORT and MEDUSA_WORKER_MODE are
 * set here. The caller stops it (`stop`, or `kill` to simulate a crash).
 */
export async function startBackendProcess(options: {
  env: NodeJS.ProcessEnv
  port: number
  mode: WorkerModeType
  label?: string
  timeoutMs?: number
}): Promise<BackendProcessType> {
  // Another process answering /health there would pass for this one.
  await assertPortFree(options.port, "PORT")
  const lines: string[] = []
  const child = launch("npx", ["medusa", "start"], {
    cwd: BACKEND_BUILD_DIR,
    env: {
      ...options.env,
      PORT: String(options.port),
      MEDUSA_WORKER_MODE: options.mode,
      // A worker serves no pages: the admin is the server's.
      ...(options.mode === "worker" ? { MEDUSA_DISABLE_ADMIN: "true" } : {}),
    },
    label: options.label ?? options.mode,
    quiet: true,
    onLine: (line) => {
      lines.push(line)
      if (lines.length > KEPT_LINES) {
        lines.shift()
      }
    },
  })
  const url = `http://127.0.0.1:${options.port}`
  const output = () => lines.join("\n")
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve()
    } else {
      child.once("exit", () => resolve())
    }
  })
  const kill = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // Already gone.
      }
    }
    await exited
    await waitForPortFree(options.port)
  }
  try {
    await waitForHealth(url, child, options.timeoutMs)
  } catch (error) {
    await kill()
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${options.label ?? options.mode} on ${url}: ${reason}\n${output()}`)
  }
  const stop = async () => {
    await stopProcess(child)
    await waitForPortFree(options.port)
  }
  return { url, mode: options.mode, child, output, stop, kill }
}
