import fs from "node:fs"
import { describe, expect, it } from "vitest"
import { HEADER_FONT_FILE, headerKhmerCharacters, subsetHeaderFont } from "./header-font"

describe("the header's Khmer font", () => {
  it("covers the brand's name and Khmer's own name in every language", () => {
    expect(headerKhmerCharacters()).toBe([...new Set("សិប្បកម្មខ្មែរ")].sort().join(""))
  })

  it("is committed as the script makes it (run `npm run header-font` after changing those texts)", async () => {
    const expected = await subsetHeaderFont()

    expect(fs.readFileSync(HEADER_FONT_FILE).equals(expected)).toBe(true)
  })
})
