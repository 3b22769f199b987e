import { randomBytes } from "node:crypto"
import os from "node:os"
import path from "node:path"
import { canConnect, startEmbeddedPostgres, type RunningPostgresType } from "./postgres.js"

/** The PostgreSQL that CI machines and many developers already run. */
const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"

export type TestPostgresType = {
  /** DB_* variables, as @medusajs/test-utils reads them. */
  env: Record<string, string>
  description: string
  stop: () => Promise<void>
}

/**
 * @medusajs/test-utils turns SSL on for any database host that is not "localhost", so the
 * host is always given by that name.
 *
 * A PostgreSQL server for integration tests: the one at 127.0.0.1:5432 when it answers, else a
 * throw-away embedded server in the temp directory, removed when stopped.
 * SIPAKAM_TEST_POSTGRES=embedded forces the embedded one (what a machine without PostgreSQL gets).
 */
export async function provideTestPostgres(): Promise<TestPostgresType> {
  const forceEmbedded = process.env.SIPAKAM_TEST_POSTGRES === "embedded"
  if (!forceEmbedded && (await canConnect(LOCAL_SERVER))) {
    return {
      env: { DB_HOST: "localhost", DB_PORT: "5432", DB_USERNAME: "postgres", DB_PASSWORD: "" },
      description: "the PostgreSQL at 127.0.0.1:5432",
      stop: async () => undefined,
    }
  }
  const password = randomBytes(12).toString("hex")
  const server: RunningPostgresType = await startEmbeddedPostgres({
    dir: path.join(os.tmpdir(), `sipakam-test-pg-${randomBytes(4).toString("hex")}`),
    password,
    ephemeral: true,
  })
  return {
    env: { DB_HOST: "localhost", DB_PORT: String(server.port), DB_USERNAME: server.user, DB_PASSWORD: password },
    description: `an embedded PostgreSQL on 127.0.0.1:${server.port}`,
    stop: server.stop,
  }
}
