import { prepareTestBackend, testServerUrl, type TestBackendType } from "@sipakam/stack"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    /** The backend's environment (production, its own database and secrets). */
    backendEnv: Record<string, string>
    databaseUrl: string
    publishableKey: string
  }
}

/** The port BACKEND_URL names; the tests' processes use 9400-9499. */
const BASE_PORT = 9400

/**
 * Builds the backend if its sources changed (the build `npm start` uses too) and prepares a fresh
 * database with the demo catalogue, shared by every file; drops it when they are done.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[processes] ${line}`)
  const backend: TestBackendType = await prepareTestBackend({
    serverUrl: testServerUrl(process.env),
    port: BASE_PORT,
    log,
  })
  const env = Object.fromEntries(
    Object.entries(backend.env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  project.provide("backendEnv", env)
  project.provide("databaseUrl", backend.databaseUrl)
  project.provide("publishableKey", backend.publishableKey)
  return async () => {
    await backend.remove()
  }
}
