import http from "node:http"
import compression from "compression"
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

/** Serves the storefront's production build with SPA fallback and its runtime config. */
export function serveStorefront(port: number, config: StorefrontConfigType): Promise<http.Server> {
  const configScript = renderConfigScript(config)
  const assets = sirv(STOREFRONT_BUILD_DIR, {
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
  const server = http.createServer((req, res) => {
    compress(req, res, () => {
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
