// zod/mini: the same validation as zod at a fraction of the bytes on the first load.
import * as z from "zod/mini"

declare global {
  interface Window {
    /** Set by `/config.js`, which whoever serves the build writes; see index.html. */
    __SIPAKAM_CONFIG__?: unknown
  }
}

const publishableKey = (what: string) =>
  z.string({ error: `${what} must be a string starting with "pk_"` }).check(
    z.startsWith("pk_", { error: `${what} must start with "pk_"` })
  )

const RuntimeConfigSchema = z.object({
  backendUrl: z.pipe(
    z.url({
      protocol: /^https?$/,
      error: "backendUrl must be an http(s) URL, for example http://localhost:9000",
    }),
    z.transform((url) => url.replace(/\/+$/, ""))
  ),
  publishableKey: publishableKey("publishableKey"),
  stripePublishableKey: z._default(
    z.nullable(publishableKey("stripePublishableKey")),
    null
  ),
}, { error: "must be an object with backendUrl and publishableKey" })

export type RuntimeConfigType = z.infer<typeof RuntimeConfigSchema>

export type ConfigResultType =
  | { ok: true; config: RuntimeConfigType }
  | { ok: false; problems: string[] }

/** Validates a runtime configuration object; `problems` name every wrong field. */
export function parseRuntimeConfig(raw: unknown): ConfigResultType {
  if (raw === undefined || raw === null) {
    return {
      ok: false,
      problems: ["window.__SIPAKAM_CONFIG__ is not set: /config.js is missing or did not load."],
    }
  }
  const parsed = RuntimeConfigSchema.safeParse(raw)
  if (parsed.success) {
    return { ok: true, config: parsed.data }
  }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? issue.message : `window.__SIPAKAM_CONFIG__: ${issue.message}`
    ),
  }
}

let current: ConfigResultType | undefined

/** The configuration `/config.js` set, validated once. */
export function readRuntimeConfig(): ConfigResultType {
  current ??= parseRuntimeConfig(window.__SIPAKAM_CONFIG__)
  return current
}

/** The validated configuration; only called once main.tsx has checked it is valid. */
export function getRuntimeConfig(): RuntimeConfigType {
  const result = readRuntimeConfig()
  if (!result.ok) {
    throw new Error(`Invalid runtime configuration: ${result.problems.join("; ")}`)
  }
  return result.config
}
