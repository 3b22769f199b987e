import { Client, Store } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"
import { i18next, medusaLocale } from "@/lib/i18n"

export type StorefrontSdkType = {
  client: Client
  store: Store
}

let sdk: StorefrontSdkType | undefined

/** A customer's token, in localStorage: the login's client writes it, the store client reads it. */
export const TOKEN_STORAGE = { type: "jwt", jwtTokenStorageMethod: "local" } as const

/**
 * The storefront's one Medusa client for the store API. It is assembled from the SDK's `Client`
 * and `Store` rather than its default `Medusa` class, which would also pull the whole admin API
 * into the bundle. Created on first use: the runtime configuration is only known (and checked)
 * at start.
 *
 * It calls the storefront's own origin, whose server forwards `/store` to the backend (see the
 * README): a cross-origin call would first need a CORS preflight and its own connection, a round
 * trip or more each on a phone's network. Logins go to the backend itself (lib/auth.ts).
 */
export function getSdk(): StorefrontSdkType {
  if (!sdk) {
    const config = getRuntimeConfig()
    const client = new Client({
      baseUrl: window.location.origin,
      publishableKey: config.publishableKey,
      auth: TOKEN_STORAGE,
    })
    sdk = { client, store: new Store(client) }
    // Every request names the shopper's language, so Medusa answers with translated texts
    // (shipping options, product titles of a cart) wherever it has them.
    client.setLocale(medusaLocale(i18next.resolvedLanguage))
    i18next.on("languageChanged", (language) => client.setLocale(medusaLocale(language)))
  }
  return sdk
}

/**
 * Opens a connection to the backend while the app starts, for the photos it serves (`/static`):
 * on a phone's network that is a round trip or more before the first one. Photos are plain
 * image requests, so the link is not `crossorigin` (a browser keeps CORS connections apart).
 */
export function preconnectToBackend(backendUrl: string): void {
  const link = document.createElement("link")
  link.rel = "preconnect"
  link.href = new URL(backendUrl).origin
  document.head.append(link)
}
