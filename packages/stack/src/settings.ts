import path from "node:path"
import { z } from "zod"
import { REPO_ROOT } from "./paths.js"

/**
 * What the local stack reads from the environment (and from a `.env` at the repository root).
 * Everything has a default, so `npm start` needs no configuration at all.
 */
const SettingsSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(9000),
  STOREFRONT_PORT: z.coerce.number().int().min(1).max(65535).default(5173),
  SIPAKAM_DATA_DIR: z.string().default(".data"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "must be a URL starting with postgres:// or postgresql://",
    }),
})

export type StackSettingsType = {
  backendPort: number
  storefrontPort: number
  dataDir: string
  /** A database given by the user; without it the stack runs an embedded PostgreSQL. */
  databaseUrl?: string
}

export function readSettings(env: NodeJS.ProcessEnv): StackSettingsType {
  const parsed = SettingsSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join("\n")}\nSee .env.example.`)
  }
  const settings = parsed.data
  if (settings.PORT === settings.STOREFRONT_PORT) {
    throw new Error("Invalid environment:\n  PORT and STOREFRONT_PORT must differ.")
  }
  return {
    backendPort: settings.PORT,
    storefrontPort: settings.STOREFRONT_PORT,
    dataDir: path.resolve(REPO_ROOT, settings.SIPAKAM_DATA_DIR),
    databaseUrl: settings.DATABASE_URL,
  }
}
