import { Auth, Client } from "@medusajs/js-sdk"
import { getRuntimeConfig } from "@/lib/config"
import { TOKEN_STORAGE } from "@/lib/sdk"

let auth: Auth | undefined

/**
 * Medusa's auth API, called on the backend itself rather than through the storefront's origin
 * like the store API (lib/sdk.ts): the backend counts failed logins per client address, which a
 * forwarding server would hide. A login keeps the customer's token where the store client reads
 * it for every request (TOKEN_STORAGE). Only the account and checkout areas load this.
 */
export function getAuth(): Auth {
  if (!auth) {
    const config = getRuntimeConfig()
    const backend = { baseUrl: config.backendUrl, publishableKey: config.publishableKey, auth: TOKEN_STORAGE }
    auth = new Auth(new Client(backend), backend)
  }
  return auth
}
