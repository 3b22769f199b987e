import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"
import { readEnv } from "../../lib/env"

let trustConfigured: ((address: string, hop: number) => boolean) | undefined

/** TRUSTED_PROXIES, compiled once: the environment does not change while the server runs. */
function configuredTrust() {
  trustConfigured ??= proxyaddr.compile(readEnv(process.env).TRUSTED_PROXIES)
  return trustConfigured
}

/**
 * The address a request comes from: the connection's peer, unless that peer is a trusted proxy
 * (TRUSTED_PROXIES), whose X-Forwarded-For then names the client. Medusa's Express app trusts one
 * hop whatever the deployment (`trust proxy` 1), so there `req.ip` is the last address a direct
 * client wrote in X-Forwarded-For: anything keyed by it could be escaped by changing the header.
 */
export function clientAddress(req: IncomingMessage, trust = configuredTrust()): string {
  return proxyaddr(req, trust)
}
