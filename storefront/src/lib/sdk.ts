import { Client, Store } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"
import { i18next, medusaLocale } from "@/lib/i18n"

export type StorefrontSdkType = {
  client: Client
  store: Store
}

let sdk: StorefrontSdkType | undefined

/**
 * The storefront's one Medusa client. It is assembled from the SDK's `Client` and `Store`
 * rather than its default `Medusa` class, which would also pull the whole admin API into the
 * bundle. Created on first use: the runtime configuration is only known (and checked) at start.
 */
export function getSdk(): StorefrontSdkType {
  if (!sdk) {
    const config = getRuntimeConfig()
    const client = new Client({
      baseUrl: config.backendUrl,
      publishableKey: config.publishableKey,
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
 * Opens a connection to the backend while the app starts, so its first requests (the region, the
 * search) do not wait for one: on a phone's network that is a round trip or more. The client's
 * requests are CORS without credentials, which the link's `crossorigin` matches (a browser keeps
 * those connections apart from credentialed ones, such as the photos').
 */
export function preconnectToBackend(backendUrl: string): void {
  const link = document.createElement("link")
  link.rel = "preconnect"
  link.href = new URL(backendUrl).origin
  link.crossOrigin = "anonymous"
  document.head.append(link)
}
