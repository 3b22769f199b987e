import type { Rollup } from "vite"
import { describe, expect, it } from "vitest"
import { precachedForStudio, studioShellFiles } from "./studio-service-worker"

/** A chunk as Rollup describes it, with only what studioShellFiles reads. */
function chunk(
  fileName: string,
  options: { entry?: boolean; module?: string; imports?: string[]; dynamicImports?: string[]; css?: string[] } = {}
): Rollup.OutputChunk {
  return {
    type: "chunk",
    fileName,
    isEntry: options.entry ?? false,
    facadeModuleId: options.module ?? null,
    imports: options.imports ?? [],
    dynamicImports: options.dynamicImports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk
}

function bundleOf(...chunks: Rollup.OutputChunk[]): Rollup.OutputBundle {
  return Object.fromEntries(chunks.map((output) => [output.fileName, output]))
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
    chunk("assets/photo-tools.js"),
    chunk("assets/studio-km.js"),
    chunk("assets/money.js"),
    chunk("assets/shop.js", { module: "/app/src/app/routes/shop.tsx", imports: ["assets/instantsearch.js", "assets/money.js"] }),
    chunk("assets/instantsearch.js")
  )

  it("are the entry, the studio's chunks and lazy pages, the messages and the stylesheet, not the shop's pages", () => {
    expect([...studioShellFiles(bundle)].sort()).toEqual([
      "assets/index.css",
      "assets/index.js",
      "assets/km.js",
      "assets/listing-editor.js",
      "assets/money.js",
      "assets/photo-tools.js",
      "assets/react.js",
      "assets/studio-km.js",
      "assets/studio.js",
    ])
  })

  it("add index.html and the Khmer font to them, of what Workbox finds in dist/", () => {
    const shell = studioShellFiles(bundle)
    const found = [
      "index.html",
      "assets/index.js",
      "assets/shop.js",
      "assets/noto-sans-khmer-khmer-400-normal-DnqNet9s.woff2",
      "assets/noto-sans-khmer-khmer-400-normal-CfhpqDv8.woff",
    ]
    expect(found.filter((url) => precachedForStudio(url, shell))).toEqual([
      "index.html",
      "assets/index.js",
      "assets/noto-sans-khmer-khmer-400-normal-DnqNet9s.woff2",
    ])
  })
})
