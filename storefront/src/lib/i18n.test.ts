import { describe, expect, it } from "vitest"
import { detectLanguage, medusaLocale } from "@/lib/i18n"

describe("detectLanguage", () => {
  it("keeps the shopper's saved choice", () => {
    expect(detectLanguage("km", ["en-US"])).toBe("km")
  })

  it("uses the first browser language the shop speaks", () => {
    expect(detectLanguage(null, ["de-DE", "km-KH", "en"])).toBe("km")
  })

  it("ignores a saved language the shop does not speak", () => {
    expect(detectLanguage("xx", ["en-GB"])).toBe("en")
  })

  it("falls back to English", () => {
    expect(detectLanguage(null, ["th-TH"])).toBe("en")
  })
})

describe("medusaLocale", () => {
  it("names the backend locale of each language, English for anything else", () => {
    expect(medusaLocale("km")).toBe("km-KH")
    expect(medusaLocale("en")).toBe("en-US")
    expect(medusaLocale("xx")).toBe("en-US")
    expect(medusaLocale(undefined)).toBe("en-US")
  })
})
