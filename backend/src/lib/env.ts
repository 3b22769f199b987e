import { randomBytes } from "node:crypto"
import proxyaddr from "proxy-addr"
import { z } from "zod"

/**
 * The backend's environment, validated once at start. Every variable is documented in the
 * repository's `.env.example`; a bad value stops the start with a message naming it.
 */

/** Secrets that ship in examples and templates: never used, in any mode. */
export const DEFAULT_SECRETS = ["supersecret", "change-me", "sipakam-dev-secret"]

type SecretNameType = "JWT_SECRET" | "COOKIE_SECRET"

/**
 * Outside production, a secret that is not set (or is a published default) is generated once
 * per process and the log says so: logins and confirmation tokens end when the process stops.
 * `npm start` sets both from the data directory's `secrets.json`, so its logins survive restarts.
 */
const generatedSecrets = new Map<SecretNameType, string>()

function generatedSecret(name: SecretNameType, warn: (message: string) => void): string {
  let secret = generatedSecrets.get(name)
  if (!secret) {
    secret = randomBytes(32).toString("hex")
    generatedSecrets.set(name, secret)
    warn(
      `${name} is not set (or is a published default): using a random secret generated for this process. ` +
        `Logins end when it stops; set ${name} (for example \`openssl rand -hex 32\`) to keep them.`
    )
  }
  return secret
}

function isUsableSecret(value: string | undefined): value is string {
  return !!value && !DEFAULT_SECRETS.includes(value)
}

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine(
      (value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)),
      { message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(" or ")}` }
    )

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1")

/**
 * The proxies whose X-Forwarded-For is believed: comma-separated addresses, subnets (CIDR) or
 * proxy-addr's names (loopback, linklocal, uniquelocal). Empty: none, the connection's peer is
 * the client.
 */
const trustedProxies = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
  .refine(
    (entries) => {
      try {
        proxyaddr.compile(entries)
        return true
      } catch {
        return false
      }
    },
    { message: "must list IP addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal" }
  )

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(9000),
  DATABASE_URL: optionalUrl(["postgres", "postgresql"]),
  REDIS_URL: optionalUrl(["redis", "rediss"]),
  JWT_SECRET: optionalString,
  COOKIE_SECRET: optionalString,
  BACKEND_URL: z.url().default("http://localhost:9000"),
  FILE_UPLOAD_DIR: optionalString,
  STORE_CORS: z.string().default("http://localhost:5173,http://127.0.0.1:5173"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://127.0.0.1:9000"),
  AUTH_CORS: z
    .string()
    .default("http://localhost:5173,http://127.0.0.1:5173,http://localhost:9000,http://127.0.0.1:9000"),
  TRUSTED_PROXIES: trustedProxies,
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  MEDUSA_DISABLE_ADMIN: booleanFlag,
  MEILISEARCH_HOST: optionalUrl(["http", "https"]),
  MEILISEARCH_API_KEY: optionalString,
  SEARCH_INDEX_PREFIX: optionalString,
  STRIPE_API_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
})

export type BackendEnvType = z.infer<typeof EnvSchema> & {
  JWT_SECRET: string
  COOKIE_SECRET: string
}

export class EnvError extends Error {
  override name = "EnvError"
}

/**
 * Parses and checks the environment; throws an `EnvError` naming every bad variable. `warn`
 * receives what the operator should know (a generated secret), once per process.
 */
export function readEnv(
  source: NodeJS.ProcessEnv,
  warn: (message: string) => void = (message) => console.warn(`[sipakam] ${message}`)
): BackendEnvType {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`
    )
    throw new EnvError(`Invalid environment:\n${problems.join("\n")}\nSee .env.example.`)
  }
  const env = parsed.data

  if (env.NODE_ENV === "production") {
    const weak = (["JWT_SECRET", "COOKIE_SECRET"] as const).filter((name) => {
      const value = env[name]
      return !value || DEFAULT_SECRETS.includes(value) || value.length < 32
    })
    if (weak.length > 0) {
      throw new EnvError(
        `Refusing to start in production: ${weak.join(" and ")} ${
          weak.length > 1 ? "are" : "is"
        } missing, a default value, or shorter than 32 characters. ` +
          `Set ${weak.join(" and ")} to long random values (for example \`openssl rand -hex 32\`).`
      )
    }
  }

  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET && env.NODE_ENV === "production") {
    throw new EnvError(
      "STRIPE_WEBHOOK_SECRET: required in production when STRIPE_API_KEY is set (webhooks are refused without it)"
    )
  }

  if (env.MEILISEARCH_HOST && !env.MEILISEARCH_API_KEY && env.NODE_ENV === "production") {
    throw new EnvError("MEILISEARCH_API_KEY: required in production when MEILISEARCH_HOST is set")
  }

  return {
    ...env,
    JWT_SECRET: isUsableSecret(env.JWT_SECRET) ? env.JWT_SECRET : generatedSecret("JWT_SECRET", warn),
    COOKIE_SECRET: isUsableSecret(env.COOKIE_SECRET)
      ? env.COOKIE_SECRET
      : generatedSecret("COOKIE_SECRET", warn),
  }
}
