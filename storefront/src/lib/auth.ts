import { Auth } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"
import { getSdk } from "@/lib/sdk"

let auth: Auth | undefined

/**
 * Medusa's auth API on the storefront's one client: a login stores the customer's token in the
 * client, which sends it with every store request. Only the account and checkout areas load it.
 */
export function getAuth(): Auth {
  if (!auth) {
    const config = getRuntimeConfig()
    auth = new Auth(getSdk().client, { baseUrl: config.backendUrl, publishableKey: config.publishableKey })
  }
  return auth
}
