import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export type LocalSecretsType = {
  jwtSecret: string
  cookieSecret: string
  postgresPassword: string
}

/**
 * Secrets for the local stack, generated on first start and kept in the data directory, so a
 * restart keeps sessions valid and the production build never runs with a default secret.
 */
export function loadOrCreateSecrets(dataDir: string): LocalSecretsType {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecretsType
  }
  const secrets: LocalSecretsType = {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    postgresPassword: randomBytes(16).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
