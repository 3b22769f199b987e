import { Client, Store } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"

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
  }
  return sdk
}
