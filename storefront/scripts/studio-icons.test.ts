import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { renderStudioIcon, STUDIO_ICON_BACKGROUND, STUDIO_ICONS, STUDIO_PUBLIC_DIR } from "./studio-icons"

type ManifestType = {
  name: string
  short_name: string
  lang: string
  start_url: string
  scope: string
  display: string
  theme_color: string
  icons: { src: string; sizes: string; type: string; purpose: string }[]
}

const manifest = JSON.parse(fs.readFileSync(path.join(STUDIO_PUBLIC_DIR, "manifest.webmanifest"), "utf8")) as ManifestType

describe("the studio's web app manifest", () => {
  it("opens the studio on its own, in Khmer, in the top bar's colour", () => {
    expect(manifest).toMatchObject({ lang: "km", start_url: "/studio", scope: "/studio", display: "standalone" })
    expect(manifest.name).toContain("ស្ទូឌីយោ សិប្បកម្ម")
    expect(manifest.name).toContain("Sipakam Studio")
    expect(manifest.theme_color).toBe(STUDIO_ICON_BACKGROUND)
  })

  it("names each icon this script makes, at its real size", async () => {
    expect(manifest.icons.map(({ src }) => src)).toEqual(STUDIO_ICONS.map(({ file }) => `/studio/${file}`))
    for (const [index, icon] of STUDIO_ICONS.entries()) {
      const { width, height, format } = await sharp(path.join(STUDIO_PUBLIC_DIR, icon.file)).metadata()
      expect({ file: icon.file, width, height, format }).toEqual({ file: icon.file, width: icon.size, height: icon.size, format: "png" })
      expect(manifest.icons[index]).toMatchObject({ sizes: `${icon.size}x${icon.size}`, type: "image/png", purpose: icon.maskable ? "maskable" : "any" })
    }
  })
})

describe("the studio's icons", () => {
  it("are committed as the script makes them (run `npm run studio-icons` after changing the mark)", async () => {
    for (const icon of STUDIO_ICONS) {
      const committed = fs.readFileSync(path.join(STUDIO_PUBLIC_DIR, icon.file))
      expect({ file: icon.file, same: committed.equals(await renderStudioIcon(icon)) }).toEqual({ file: icon.file, same: true })
    }
  })

  it("keep the maskable icon's mark inside the circle a launcher may crop it to", async () => {
    const icon = STUDIO_ICONS.find(({ maskable }) => maskable)
    if (!icon) throw new Error("no maskable icon")
    const { data, info } = await sharp(path.join(STUDIO_PUBLIC_DIR, icon.file)).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const background = [0x45, 0x0a, 0x0a]
    const safeRadius = info.width * 0.4
    let outside = 0
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if (Math.hypot(x + 0.5 - info.width / 2, y + 0.5 - info.height / 2) <= safeRadius) continue
        const at = (y * info.width + x) * info.channels
        if (background.some((value, channel) => Math.abs((data[at + channel] ?? 0) - value) > 8)) outside++
      }
    }
    expect(outside).toBe(0)
  })
})
