import type { Rollup } from "vite"
import { describe, expect, it } from "vitest"
import { precachedForStudio, studioShellFiles } from "./studio-service-worker"

/** A chunk as Rollup describes it, with only what studioShellFiles reads. */
function chunk(
  fileName: string,
  options: { entry?: boolean; module?: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; code?: string } = {}
): Rollup.OutputChunk {
  return {
    type: "chunk",
    fileName,
    code: options.code ?? "",
    isEntry: options.entry ?? false,
    // As Rollup leaves it for a dynamic entry whose chunk other chunks import from.
    facadeModuleId: null,
    isDynamicEntry: Boolean(options.module),
    moduleIds: options.module ? [options.module, `${options.module}.helper.ts`] : [],
    imports: options.imports ?? [],
    dynamicImports: options.dynamicImports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk
}

function asset(fileName: string, source = ""): Rollup.OutputAsset {
  return { type: "asset", fileName, source } as unknown as Rollup.OutputAsset
}

function bundleOf(...outputs: (Rollup.OutputChunk | Rollup.OutputAsset)[]): Rollup.OutputBundle {
  return Object.fromEntries(outputs.map((output) => [output.fileName, output]))
}

describe("the studio's precached files", () => {
  const bundle = bundleOf(
    chunk("assets/index.js", {
      entry: true,
      imports: ["assets/react.js"],
      dynamicImports: ["assets/studio.js", "assets/shop.js", "assets/km.js"],
      css: ["assets/index.css"],
    }),
    chunk("assets/react.js"),
    chunk("assets/km.js", { module: "/app/src/locales/km.json" }),
    chunk("assets/studio.js", {
      module: "/app/src/app/routes/studio.tsx",
      imports: ["assets/money.js"],
      dynamicImports: ["assets/listing-editor.js", "assets/studio-km.js"],
    }),
    chunk("assets/listing-editor.js", { imports: ["assets/photo-tools.js"] }),
    chunk("assets/photo-tools.js", { code: 'new Worker(new URL("/assets/shrink-worker-a1.js", import.meta.url))' }),
    asset("assets/shrink-worker-a1.js", "self.onmessage = () => {}"),
    asset("assets/index.css", '@font-face{src:url(/assets/noto-sans-khmer-400-b2.woff2) format("woff2"),url(/assets/noto-sans-khmer-400-c3.woff)}'),
    asset("assets/noto-sans-khmer-400-b2.woff2"),
    asset("assets/noto-sans-khmer-400-c3.woff"),
    asset("assets/shop-banner-d4.webp"),
    chunk("assets/studio-km.js"),
    chunk("assets/money.js"),
    chunk("assets/shop.js", { module: "/app/src/app/routes/shop.tsx", imports: ["assets/instantsearch.js", "assets/money.js"] }),
    chunk("assets/instantsearch.js")
  )

  it("are the entry, the studio's chunks and lazy pages, the messages, the stylesheet and what they name, not the shop's pages", () => {
    expect([...studioShellFiles(bundle)].sort()).toEqual([
      "assets/index.css",
      "assets/index.js",
      "assets/km.js",
      "assets/listing-editor.js",
      "assets/money.js",
      "assets/noto-sans-khmer-400-b2.woff2",
      "assets/noto-sans-khmer-400-c3.woff",
      "assets/photo-tools.js",
      "assets/react.js",
      "assets/shrink-worker-a1.js",
      "assets/studio-km.js",
      "assets/studio.js",
    ])
  })

  it("add index.html to them, of what Workbox finds in dist/", () => {
    const shell = studioShellFiles(bundle)
    const found = ["index.html", "assets/index.js", "assets/shop.js", "assets/instantsearch.js", "assets/noto-sans-khmer-400-b2.woff2"]
    expect(found.filter((url) => precachedForStudio(url, shell))).toEqual([
      "index.html",
      "assets/index.js",
      "assets/noto-sans-khmer-400-b2.woff2",
    ])
  })
})
