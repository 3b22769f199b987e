import { Auth, Client, FetchError } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"
import { i18next, medusaLocale } from "@/lib/i18n"

/**
 * A coordinator's token, in localStorage under a key of its own: a phone shared by a coordinator
 * and a shopper keeps both logins apart, and the login survives closing the browser ("stay logged
 * in on the phone").
 */
export const PRODUCER_TOKEN_STORAGE = {
  type: "jwt",
  jwtTokenStorageMethod: "local",
  jwtTokenStorageKey: "sipakam.producer.token",
} as const

let client: Client | undefined
let auth: Auth | undefined

/**
 * The studio's client for the producer API. Like the shop's store client it calls the
 * storefront's own origin, whose server forwards `/producer` to the backend (no CORS preflight,
 * no second connection on a phone's network).
 */
export function producerClient(): Client {
  if (!client) {
    client = new Client({ baseUrl: window.location.origin, auth: PRODUCER_TOKEN_STORAGE })
    client.setLocale(medusaLocale(i18next.resolvedLanguage))
    i18next.on("languageChanged", (language) => client?.setLocale(medusaLocale(language)))
  }
  return client
}

/**
 * Logins go to the backend itself (as the shop's do, lib/auth.ts): its throttle counts failed
 * logins per client address, which a forwarding server would hide. The token lands where
 * `producerClient` reads it.
 */
export function producerAuth(): Auth {
  if (!auth) {
    const config = getRuntimeConfig()
    const backend = { baseUrl: config.backendUrl, publishableKey: config.publishableKey, auth: PRODUCER_TOKEN_STORAGE }
    auth = new Auth(new Client(backend), backend)
  }
  return auth
}

/** Whether a login token is kept on this phone (it may still have expired). */
export function hasProducerToken(): boolean {
  try {
    return Boolean(window.localStorage.getItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey))
  } catch {
    return false
  }
}

export function forgetProducerToken(): void {
  try {
    window.localStorage.removeItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey)
  } catch {
    // Storage blocked: nothing was kept either.
  }
}

/** GET a producer route. */
export function producerGet<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  return producerClient().fetch<T>(path, { query })
}

/**
 * POST (or DELETE) to a producer route. A creating request names an idempotency key, made once
 * when the coordinator submits and kept with the request while it is retried: the backend then
 * creates the record once however often the phone sends it.
 */
export function producerSend<T>(
  path: string,
  options: { method?: "POST" | "DELETE"; body?: Record<string, unknown>; idempotencyKey?: string } = {}
): Promise<T> {
  return producerClient().fetch<T>(path, {
    method: options.method ?? "POST",
    body: options.body,
    headers: options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : undefined,
  })
}

/** A fresh idempotency key for one creating request. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}

/** What went wrong, in the studio's words (messages under `app.errors`). */
export type StudioErrorKindType = "offline" | "loggedOut" | "suspended" | "notFound" | "invalid" | "server"

export function studioErrorKind(error: unknown): StudioErrorKindType {
  if (error instanceof FetchError) {
    const status = error.status ?? 0
    if (status === 401) return "loggedOut"
    if (status === 403 && /suspended/i.test(error.message)) return "suspended"
    if (status === 404) return "notFound"
    if (status >= 400 && status < 500) return "invalid"
    return status === 0 ? "offline" : "server"
  }
  // fetch rejects with a TypeError when the request never reached a server.
  return error instanceof TypeError || !navigator.onLine ? "offline" : "server"
}
