import { afterEach, describe, expect, it } from "vitest"
import {
  changeLanguage,
  detectLanguage,
  i18next,
  LANGUAGE_STORAGE_KEY,
  languageOfParam,
  medusaLocale,
} from "@/lib/i18n"

describe("detectLanguage", () => {
  it("keeps the shopper's saved choice", () => {
    expect(detectLanguage("km", ["en-US"])).toBe("km")
    expect(detectLanguage("ja", ["en-US"])).toBe("ja")
  })

  it("lets a link's ?lang= win over the saved choice and the browser", () => {
    expect(detectLanguage("fr", ["en-US"], "km")).toBe("km")
    expect(detectLanguage(null, ["ko-KR"], "zh-CN")).toBe("zh")
  })

  it("ignores a ?lang= the shop does not speak", () => {
    expect(detectLanguage("fr", ["en-US"], "de")).toBe("fr")
  })

  it("uses the first browser language the shop speaks", () => {
    expect(detectLanguage(null, ["de-DE", "km-KH", "en"])).toBe("km")
    expect(detectLanguage(null, ["th-TH", "ko-KR"])).toBe("ko")
    expect(detectLanguage(null, ["zh-Hans-CN"])).toBe("zh")
  })

  it("ignores a saved language the shop does not speak", () => {
    expect(detectLanguage("xx", ["en-GB"])).toBe("en")
  })

  it("falls back to English", () => {
    expect(detectLanguage(null, ["th-TH"])).toBe("en")
  })
})

describe("languageOfParam", () => {
  it("reads a language code in any case, with or without a region", () => {
    expect(languageOfParam("km")).toBe("km")
    expect(languageOfParam("FR")).toBe("fr")
    expect(languageOfParam("ja_JP")).toBe("ja")
    expect(languageOfParam("de")).toBeNull()
    expect(languageOfParam(null)).toBeNull()
  })
})

describe("medusaLocale", () => {
  it("names the backend locale of each language, English for anything else", () => {
    expect(medusaLocale("km")).toBe("km-KH")
    expect(medusaLocale("fr")).toBe("fr-FR")
    expect(medusaLocale("zh")).toBe("zh-CN")
    expect(medusaLocale("ko")).toBe("ko-KR")
    expect(medusaLocale("ja")).toBe("ja-JP")
    expect(medusaLocale("en")).toBe("en-US")
    expect(medusaLocale("xx")).toBe("en-US")
    expect(medusaLocale(undefined)).toBe("en-US")
  })
})

describe("changeLanguage", () => {
  afterEach(async () => {
    await changeLanguage("en")
    window.localStorage.clear()
  })

  it("switches the UI, remembers the choice and sets <html lang>", async () => {
    await changeLanguage("km")
    expect(i18next.language).toBe("km")
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("km")
    expect(document.documentElement.lang).toBe("km")
    expect(document.title).toBe("សិប្បកម្ម · សិប្បកម្មបេតិកភណ្ឌកម្ពុជា")
  })

  it("marks Chinese as the simplified script", async () => {
    await changeLanguage("zh")
    expect(document.documentElement.lang).toBe("zh-Hans")
  })
})
