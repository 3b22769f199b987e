import http from "node:http"
import compression from "compression"
import { createProxyServer } from "http-proxy-3"
import sirv from "sirv"
import { STOREFRONT_BUILD_DIR } from "./paths.js"

export type StorefrontConfigType = {
  backendUrl: string
  publishableKey: string
  stripePublishableKey: string | null
}

/** The storefront's runtime configuration, as the built SPA loads it from `/config.js`. */
export function renderConfigScript(config: StorefrontConfigType): string {
  // JSON is a valid JS expression; escaping "<" keeps the value inert in any HTML context.
  const json = JSON.stringify(config).replace(/</g, "\\u003c")
  return `window.__SIPAKAM_CONFIG__ = ${json};\n`
}

/**
 * The backend's store API, which the storefront calls on its own origin: same-origin requests
 * need no CORS preflight and no second connection, a round trip or more each on a phone's
 * network. Logins (`/auth`) still go to the backend itself, whose throttle counts failures per
 * client address; nginx does the same in production (storefront/docker/default.conf.template).
 */
const FORWARDED_TO_BACKEND = /^\/store(\/|\?|$)/

/** Forwards a request to the backend; a backend that does not answer is a 502 with a JSON body. */
function backendForwarder(target: string) {
  const proxy = createProxyServer({ target, xfwd: true, changeOrigin: true })
  return (req: http.IncomingMessage, res: http.ServerResponse) =>
    proxy.web(req, res, {}, () => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      res.writeHead(502, { "Content-Type": "application/json; charset=utf-8" })
      res.end(JSON.stringify({ type: "bad_gateway", message: "The backend is not answering." }))
    })
}

/**
 * Serves the storefront's production build with SPA fallback and its runtime config, and
 * forwards the store API to the backend (FORWARDED_TO_BACKEND).
 */
export function serveStorefront(
  port: number,
  config: StorefrontConfigType,
  options: {
    /** Where this machine reaches the backend, e.g. http://127.0.0.1:9000. */
    backendTarget: string
    /** The storefront's production build (default: storefront/dist). */
    buildDir?: string
  }
): Promise<http.Server> {
  const configScript = renderConfigScript(config)
  const assets = sirv(options.buildDir ?? STOREFRONT_BUILD_DIR, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      const immutable = pathname.startsWith("/assets/")
      res.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache")
    },
  })
  // Gzip, as nginx does in production (storefront/docker/default.conf): the first page's
  // JavaScript is about 425 KB as built and 134 KB gzipped. Its types are Express's; it only
  // needs Node's own request and response.
  const compress = compression() as unknown as (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void
  ) => void
  const forwardToBackend = backendForwarder(options.backendTarget)
  const server = http.createServer((req, res) => {
    compress(req, res, () => {
      if (FORWARDED_TO_BACKEND.test(req.url ?? "")) {
        forwardToBackend(req, res)
        return
      }
      if (req.url === "/config.js") {
        res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" })
        res.end(configScript)
        return
      }
      assets(req, res)
    })
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "0.0.0.0", () => resolve(server))
  })
}
