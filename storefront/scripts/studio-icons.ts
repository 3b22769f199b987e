/**
 * The producer studio's home-screen icons (public/studio/), drawn from the shop's woven mark
 * (public/favicon.svg: three golden weft lines) on the studio's top-bar red: 192 and 512 px, and
 * a 512 px maskable one whose mark stays inside the safe circle Android crops to. The PNGs are
 * committed; this script makes them again after the mark changes:
 *
 *   npm run studio-icons --workspace @sipakam/storefront
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"

const STOREFRONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const STUDIO_PUBLIC_DIR = path.join(STOREFRONT_DIR, "public", "studio")

/** Tailwind's red-950, the studio's top bar, and the favicon's gold. */
export const STUDIO_ICON_BACKGROUND = "#450a0a"
const GOLD = "#f5c542"

/**
 * The mark on a 512 x 512 canvas; `scale` shrinks it about the centre. Three rows of weft, the
 * middle one shifted by half a stitch, as a weave looks.
 */
function markSvg({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const stitches: [x: number, y: number][] = [
    ...[96, 216, 336].flatMap((x): [number, number][] => [
      [x, 136],
      [x, 328],
    ]),
    [156, 232],
    [276, 232],
  ]
  const weft = stitches.map(([x, y]) => `<rect x="${x}" y="${y}" width="80" height="48" rx="8" fill="${GOLD}"/>`).join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" ${rounded ? 'rx="96"' : ""} fill="${STUDIO_ICON_BACKGROUND}"/>
<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${weft}</g>
</svg>`
}

/** Each icon: its file, its size, and whether the launcher may crop it to any shape. */
export const STUDIO_ICONS = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  // Full-bleed, the mark at 80 %: its corners stay within the central circle of radius 40 %.
  { file: "icon-maskable-512.png", size: 512, maskable: true },
] as const

export async function renderStudioIcon(icon: (typeof STUDIO_ICONS)[number]): Promise<Buffer> {
  const svg = markSvg({ rounded: !icon.maskable, scale: icon.maskable ? 0.8 : 1 })
  return sharp(Buffer.from(svg)).resize(icon.size, icon.size).png({ compressionLevel: 9, palette: true }).toBuffer()
}

async function main() {
  fs.mkdirSync(STUDIO_PUBLIC_DIR, { recursive: true })
  for (const icon of STUDIO_ICONS) {
    const file = path.join(STUDIO_PUBLIC_DIR, icon.file)
    fs.writeFileSync(file, await renderStudioIcon(icon))
    console.log(`${path.relative(STOREFRONT_DIR, file)}: ${fs.statSync(file).size} bytes`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
