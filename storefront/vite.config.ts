/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url"
import type { IncomingMessage, ServerResponse } from "node:http"
import tailwindcss from "@tailwindcss/vite"
import react from "@vitejs/plugin-react"
import { defineConfig, loadEnv, type Plugin } from "vite"
import { preloadRouteChunks } from "./plugins/preload-route-chunks"
import { securityHeadersForBuild } from "./plugins/security-headers"
import { studioServiceWorker } from "./plugins/studio-service-worker"

/** The backend of `vite` (dev) and `vite preview`: MEDUSA_BACKEND_URL, else a local one. */
function localBackendUrl(mode: string): string {
  return loadEnv(mode, process.cwd(), ["MEDUSA_"]).MEDUSA_BACKEND_URL || "http://localhost:9000"
}

/**
 * The built storefront carries no backend URL or key: whoever serves it writes `/config.js`
 * (see src/lib/config.ts). For `vite` (dev) and `vite preview` this plugin plays that part,
 * from MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY and STRIPE_PUBLISHABLE_KEY. It never runs
 * in `vite build`, so nothing of it reaches dist/.
 */
function runtimeConfigForLocalServers(mode: string): Plugin {
  const env = loadEnv(mode, process.cwd(), ["MEDUSA_", "STRIPE_"])
  const config = {
    backendUrl: localBackendUrl(mode),
    publishableKey: env.MEDUSA_PUBLISHABLE_KEY || undefined,
    stripePublishableKey: env.STRIPE_PUBLISHABLE_KEY || null,
  }
  const body = `window.__SIPAKAM_CONFIG__ = ${JSON.stringify(config)};\n`

  const serveConfig = (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("Content-Type", "text/javascript; charset=utf-8")
    res.setHeader("Cache-Control", "no-store")
    res.end(body)
  }

  return {
    name: "sipakam-local-runtime-config",
    // Not under vitest, which also starts a dev server.
    apply: (_config, { command, mode }) => command === "serve" && mode !== "test",
    configureServer(server) {
      if (!config.publishableKey) {
        server.config.logger.warn(
          "MEDUSA_PUBLISHABLE_KEY is not set: the storefront will show a configuration error."
        )
      }
      server.middlewares.use("/config.js", serveConfig)
    },
    configurePreviewServer(server) {
      server.middlewares.use("/config.js", serveConfig)
    },
  }
}

/**
 * The app calls the store API and the studio the producer API on its own origin (src/lib/sdk.ts):
 * Vite's dev and preview servers forward them to MEDUSA_BACKEND_URL, as the stack's server and
 * nginx do for a build.
 */
function storeApiProxy(mode: string) {
  return { "^/(store|producer)(/|\\?|$)": { target: localBackendUrl(mode), changeOrigin: true, xfwd: true } }
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    runtimeConfigForLocalServers(mode),
    preloadRouteChunks(),
    securityHeadersForBuild(),
    studioServiceWorker(),
  ],
  server: { proxy: storeApiProxy(mode) },
  preview: { proxy: storeApiProxy(mode) },
  resolve: {
    alias: [
      { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
      // The SDK builds its query strings with qs, whose dependencies (side-channel,
      // object-inspect, get-intrinsic, ...) made ~50 KB of the entry chunk. qs-esm is qs's
      // dependency-free fork and builds the same strings.
      { find: /^qs$/, replacement: fileURLToPath(new URL("./src/lib/qs.ts", import.meta.url)) },
    ],
  },
  test: {
    // Node (>= 20.19) loads the SDK's ESM build itself; inlined, Vite warns once per file
    // about source maps that point at sources the package does not ship.
    server: { deps: { external: [/@medusajs\/js-sdk/] } },
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          environment: "jsdom",
          setupFiles: ["./src/test/setup.ts"],
          include: ["src/**/*.test.{ts,tsx}", "plugins/**/*.test.ts"],
        },
      },
      // Build scripts run in Node (their WebAssembly does not run under jsdom).
      { extends: true, test: { name: "scripts", environment: "node", include: ["scripts/**/*.test.ts"] } },
    ],
  },
}))
