/**
 * The header shows two Khmer words on every page, whatever the language: the brand's name,
 * សិប្បកម្ម, and ខ្មែរ, Khmer's own name in the language switcher. In the full Noto Sans Khmer,
 * every first visit downloaded 23 KB of font for them. This script cuts Noto Sans Khmer down to
 * their characters (with the shaping rules those need), about 2 KB, committed as
 * src/assets/fonts/header-khmer-400.woff2. Pages with other Khmer text still load the full font.
 *
 *   npm run header-font --workspace @sipakam/storefront    (after changing either text)
 *
 * A unit test fails when the committed file is not what this script makes.
 */
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import subsetFont from "subset-font"

const STOREFRONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const LOCALES_DIR = path.join(STOREFRONT_DIR, "src", "locales")
export const HEADER_FONT_FILE = path.join(STOREFRONT_DIR, "src", "assets", "fonts", "header-khmer-400.woff2")

const require = createRequire(import.meta.url)
const SOURCE_FONT = require.resolve("@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2")

type MessagesType = { app: { nameKhmer: string }; language: { km: string } }

/** Every character of the header's Khmer texts in any language's file, sorted, once each. */
export function headerKhmerCharacters(): string {
  const characters = new Set<string>()
  for (const file of fs.readdirSync(LOCALES_DIR).filter((name) => name.endsWith(".json"))) {
    const messages: MessagesType = JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, file), "utf8"))
    for (const character of messages.app.nameKhmer + messages.language.km) characters.add(character)
  }
  return [...characters].sort().join("")
}

/** Noto Sans Khmer (regular) with only the header's Khmer characters, as WOFF2. */
export function subsetHeaderFont(): Promise<Buffer> {
  return subsetFont(fs.readFileSync(SOURCE_FONT), headerKhmerCharacters(), { targetFormat: "woff2" })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const font = await subsetHeaderFont()
  fs.mkdirSync(path.dirname(HEADER_FONT_FILE), { recursive: true })
  fs.writeFileSync(HEADER_FONT_FILE, font)
  console.log(
    `wrote ${path.relative(process.cwd(), HEADER_FONT_FILE)}: ${font.length} bytes for ${headerKhmerCharacters()}`
  )
}
