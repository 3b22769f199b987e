import type { Plugin, Rollup } from "vite"
import { VitePWA } from "vite-plugin-pwa"

/**
 * The producer studio works offline through a service worker that Workbox generates at build
 * time (vite-plugin-pwa). Its scope is the studio's pages, /studio and everything under it: the
 * shop is never served by it. Scope "/studio" rather than "/studio/": the studio's first page,
 * Today, is /studio itself (a scope is a prefix of the page's URL, and "/studio/" is not one of
 * "/studio"). The worker sits at the root because a worker under /studio/ could not take /studio.
 * Only the studio registers it (features/studio/pwa/studio-service-worker.tsx), so the shop's
 * first load carries none of this.
 */
export const STUDIO_SCOPE = "/studio"
export const STUDIO_SERVICE_WORKER_FILE = "studio-sw.js"

/**
 * A route module's chunk (src/app/routes/<module>.tsx) other than the studio's: the shop's pages.
 * Known by its modules: a dynamic entry's chunk that other chunks import from has no facadeModuleId.
 */
function isAnotherAreasPage(output: Rollup.OutputBundle[string] | undefined): boolean {
  if (output?.type !== "chunk" || !output.isDynamicEntry) return false
  return output.moduleIds.some((id) => {
    const route = /\/src\/app\/routes\/([^/]+)\.tsx$/.exec(id)
    return Boolean(route && route[1] !== "studio")
  })
}

/** The text of a chunk or of a text asset (a stylesheet, a worker), else "". */
function textOf(output: Rollup.OutputBundle[string] | undefined): string {
  if (output?.type === "chunk") return output.code
  return output?.type === "asset" && typeof output.source === "string" ? output.source : ""
}

/**
 * The build's files (as dist-relative paths) the studio runs on: the entry chunk and what it
 * imports, the shop's and the studio's messages in every language (the studio switches
 * language offline too), the studio's chunk and every chunk it loads later (its lazy pages),
 * their stylesheets, and the files those name (the fonts a stylesheet names, a worker a chunk
 * starts: the photo shrinker). The shop's own pages are left out: a coordinator's phone on 3G
 * downloads only what the studio can open.
 */
export function studioShellFiles(bundle: Rollup.OutputBundle): Set<string> {
  const files = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = bundle[fileName]
    if (files.has(fileName) || chunk?.type !== "chunk") return
    files.add(fileName)
    for (const file of [...(chunk.viteMetadata?.importedCss ?? []), ...(chunk.viteMetadata?.importedAssets ?? [])]) {
      files.add(file)
    }
    for (const imported of chunk.imports) visit(imported)
    for (const imported of chunk.dynamicImports) {
      if (!isAnotherAreasPage(bundle[imported])) visit(imported)
    }
  }
  for (const output of Object.values(bundle)) {
    if (output.type === "chunk" && output.isEntry) visit(output.fileName)
  }
  // Assets named in what is kept, until no new one is found (a stylesheet's fonts, a worker).
  const assets = Object.values(bundle).filter((output) => output.type === "asset" && output.fileName.startsWith("assets/"))
  for (let found = true; found; ) {
    found = false
    const texts = [...files].map((file) => textOf(bundle[file]))
    for (const asset of assets) {
      const name = asset.fileName.slice(asset.fileName.lastIndexOf("/") + 1)
      if (!files.has(asset.fileName) && texts.some((text) => text.includes(name))) {
        files.add(asset.fileName)
        found = true
      }
    }
  }
  return files
}

/** What the studio's service worker precaches, of the files Workbox found in dist/ (js, css, woff2). */
export function precachedForStudio(url: string, shell: ReadonlySet<string>): boolean {
  return url === "index.html" || shell.has(url)
}

const DAY_SECONDS = 24 * 60 * 60

/**
 * The service worker's build. Workbox precaches the app shell (index.html, the studio's chunks,
 * the Khmer font in WOFF2, which every browser with service workers reads) and serves index.html for every navigation within the scope, so the studio
 * opens without a connection. At run time:
 * - /config.js (the runtime configuration, written per deployment, so never precached): the
 *   network first, its last copy after 4 s without an answer;
 * - the backend's photos (`/static/<key>` uploads, `/images/<key>?w=` sizes, each key's content
 *   fixed): from the cache first, the last 150 for 30 days;
 * - the producer API: the network only. Its answers are private; what the studio shows offline
 *   is the query cache it keeps itself (features/studio/pwa/studio-query-persistence.ts).
 * A new version waits until the coordinator chooses to reload (registerType "prompt"); the
 * first one takes over the open page at once (clientsClaim), so it works offline from then on.
 * Workbox serialises the `urlPattern` functions into the worker: they may not use this module's
 * names.
 */
export function studioServiceWorker(): Plugin[] {
  let shell: ReadonlySet<string> = new Set()
  const collectShell: Plugin = {
    name: "sipakam-studio-shell-files",
    apply: "build",
    // Each build's own name for what the studio keeps offline (its persisted queries' buster).
    config: () => ({ define: { __SIPAKAM_BUILD_ID__: JSON.stringify(Date.now().toString(36)) } }),
    generateBundle(_options, bundle) {
      shell = studioShellFiles(bundle)
    },
  }
  return [
    collectShell,
    ...VitePWA({
      strategies: "generateSW",
      filename: STUDIO_SERVICE_WORKER_FILE,
      scope: STUDIO_SCOPE,
      registerType: "prompt",
      injectRegister: false,
      // The manifest is public/studio/manifest.webmanifest, linked by the studio only.
      manifest: false,
      workbox: {
        globPatterns: ["index.html", "assets/**/*.{js,css,woff2}"],
        manifestTransforms: [
          async (entries) => ({ manifest: entries.filter((entry) => precachedForStudio(entry.url, shell)), warnings: [] }),
        ],
        navigateFallback: "/index.html",
        navigateFallbackAllowlist: [/^\/studio(\/|\?|$)/],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/config.js",
            handler: "NetworkFirst",
            options: { cacheName: "studio-config", networkTimeoutSeconds: 4 },
          },
          {
            urlPattern: ({ url, request }) => request.destination === "image" && /^\/(static|images)\//.test(url.pathname),
            handler: "CacheFirst",
            options: {
              cacheName: "studio-photos",
              // <img> asks the backend without CORS: its answers are opaque (status 0).
              cacheableResponse: { statuses: [0, 200] },
              expiration: { maxEntries: 150, maxAgeSeconds: 30 * DAY_SECONDS, purgeOnQuotaError: true },
            },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/producer/"),
            handler: "NetworkOnly",
          },
        ],
      },
    }),
  ]
}
