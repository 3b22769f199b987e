import type { Plugin, Rollup } from "vite"
import { LAZY_ROUTES } from "../src/app/lazy-routes"

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * A route path in React Router's syntax ("products/:handle", or "studio/*" for an area and every
 * page under it) as a pattern for location.pathname.
 */
export function routePattern(base: string, path: string): string {
  const area = path.endsWith("/*")
  const segments = (area ? path.slice(0, -2) : path)
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : literally(segment)))
  const prefix = base.endsWith("/") ? base : `${base}/`
  return `^${literally(prefix)}${segments.join("/")}${area ? "(/.*)?$" : "/?$"}`
}

/** The route's pattern and the URLs of the JavaScript its page needs beyond the entry chunk. */
export type RoutePreloadType = [pattern: string, files: string[]]

/**
 * A script for index.html's head: when the visit starts on a lazily loaded page, it asks
 * for that page's chunks at once, beside the entry chunk, instead of after the entry has run.
 */
export function renderPreloadScript(routes: readonly RoutePreloadType[]): string {
  return `(function (routes) {
  for (var i = 0; i < routes.length; i++) {
    if (!new RegExp(routes[i][0]).test(location.pathname)) continue
    routes[i][1].forEach(function (href) {
      var link = document.createElement("link")
      link.rel = "modulepreload"
      link.crossOrigin = ""
      link.href = href
      document.head.appendChild(link)
    })
    return
  }
})(${JSON.stringify(routes)})`
}

/** A chunk's file and every chunk it imports statically, transitively. */
function withImports(bundle: Rollup.OutputBundle, fileName: string, files = new Set<string>()): Set<string> {
  const chunk = bundle[fileName]
  if (files.has(fileName) || chunk?.type !== "chunk") return files
  files.add(fileName)
  for (const imported of chunk.imports) withImports(bundle, imported, files)
  return files
}

/**
 * Preloads the chunks of the page a visit starts on (see LAZY_ROUTES). Without it, a shared
 * link to /shop fetches the entry chunk, runs it, and only then asks for the shop's chunk: a
 * whole round trip later on a slow phone connection.
 */
export function preloadRouteChunks(): Plugin {
  let base = "/"
  return {
    name: "sipakam-preload-route-chunks",
    apply: "build",
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return []
        const loaded = withImports(bundle, entry.fileName)
        const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === "chunk")
        const routes: RoutePreloadType[] = LAZY_ROUTES.map(({ path, module }) => {
          // By its modules, not its facadeModuleId: Rollup gives a dynamic entry's chunk none when
          // the chunk also exports what other chunks import from it (the studio's lazy pages do).
          const routeModule = `/src/app/routes/${module}.tsx`
          const page = chunks.find((chunk) => chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.endsWith(routeModule)))
          if (!page) {
            throw new Error(`No chunk was built for the route module src/app/routes/${module}.tsx`)
          }
          const files = [...withImports(bundle, page.fileName)].filter((file) => !loaded.has(file))
          return [routePattern(base, path), files.map((file) => `${base}${file}`)]
        })
        return [{ tag: "script", children: renderPreloadScript(routes), injectTo: "head" }]
      },
    },
  }
}
