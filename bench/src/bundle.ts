import fs from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"

export type ChunkType = { file: string; bytes: number; gzip_bytes: number }

export type BundleFiguresType = {
  /** The scripts index.html loads or preloads: what every first page costs before its route's chunk. */
  first_page: { files: string[]; bytes: number; gzip_bytes: number }
  /** Every other script of the build, loaded when a route or feature needs it. */
  lazy_chunks: ChunkType[]
}

function chunk(distDir: string, file: string): ChunkType {
  const content = fs.readFileSync(path.join(distDir, file))
  return { file, bytes: content.length, gzip_bytes: gzipSync(content, { level: 9 }).length }
}

/**
 * JavaScript sizes of the storefront's production build (Vite's output in `distDir`), raw and
 * gzipped: the first page's scripts (index.html's module script and modulepreloads) and each
 * lazy chunk.
 */
export function measureBundle(distDir: string): BundleFiguresType {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8")
  // Build output only: /config.js is written by whoever serves the storefront, at run time.
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?([^"]+\.js)"[^>]*>/g)]
    .map((match) => match[1])
    .filter((file) => fs.existsSync(path.join(distDir, file)))
  const firstPage = [...new Set(referenced)].map((file) => chunk(distDir, file))
  const assets = path.join(distDir, "assets")
  const lazy = fs
    .readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => `assets/${name}`)
    .filter((file) => !referenced.includes(file))
    .map((file) => chunk(distDir, file))
    .sort((a, b) => b.gzip_bytes - a.gzip_bytes)
  return {
    first_page: {
      files: firstPage.map((entry) => entry.file),
      bytes: firstPage.reduce((sum, entry) => sum + entry.bytes, 0),
      gzip_bytes: firstPage.reduce((sum, entry) => sum + entry.gzip_bytes, 0),
    },
    lazy_chunks: lazy,
  }
}
