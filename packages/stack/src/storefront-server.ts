import fs from "node:fs"
import http from "node:http"
import path from "node:path"
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

/** What the storefront's build writes beside index.html (storefront/plugins/security-headers.ts). */
const SECURITY_HEADERS_FILE = "security-headers.json"
const BACKEND_ORIGIN_PLACEHOLDER = "__SIPAKAM_BACKEND_ORIGIN__"

type SecurityHeadersFileType = Record<"withoutStripe" | "withStripe", Record<string, string>>

/**
 * The headers the build defined for its pages (a content security policy whose script hashes
 * are those of its index.html, nosniff, frame and referrer policies), for this configuration:
 * Stripe's sources only when Stripe is on, and the backend's origin in place of the placeholder.
 * nginx sends the same in production, from the same build.
 */
export function storefrontSecurityHeaders(buildDir: string, config: StorefrontConfigType): [string, string][] {
  const file = path.join(buildDir, SECURITY_HEADERS_FILE)
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: the storefront's build is older than its security headers; build it again`)
  }
  const variants = JSON.parse(fs.readFileSync(file, "utf8")) as SecurityHeadersFileType
  const headers = variants[config.stripePublishableKey ? "withStripe" : "withoutStripe"]
  const backendOrigin = new URL(config.backendUrl).origin
  return Object.entries(headers).map(([name, value]) => [name, value.replaceAll(BACKEND_ORIGIN_PLACEHOLDER, backendOrigin)])
}

/**
 * The backend's store API and the producer API (the studio's), which the storefront calls on
 * its own origin: same-origin requests need no CORS preflight and no second connection, a round
 * trip or more each on a phone's network. Logins (`/auth`) still go to the backend itself, whose
 * throttle counts failures per client address; nginx does the same in production
 * (storefront/docker/default.conf.template).
 */
const FORWARDED_TO_BACKEND = /^\/(store|producer)(\/|\?|$)/

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
 * Serves the storefront's production build with SPA fallback and its runtime config, each with
 * the build's security headers, and forwards the store API to the backend (FORWARDED_TO_BACKEND),
 * whose answers keep the backend's own headers.
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
  const buildDir = options.buildDir ?? STOREFRONT_BUILD_DIR
  const securityHeaders = storefrontSecurityHeaders(buildDir, config)
  const assets = sirv(buildDir, {
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
      for (const [name, value] of securityHeaders) res.setHeader(name, value)
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
