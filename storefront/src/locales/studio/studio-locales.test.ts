import { describe, expect, it } from "vitest"
import { loadStudioMessages } from "@/features/studio/studio-i18n"
import { SUPPORTED_LANGUAGES } from "@/lib/i18n"

type MessagesType = { [key: string]: string | MessagesType }

/** Every message as [full key, text]. */
function entriesOf(messages: MessagesType, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entriesOf(value, `${prefix}${key}.`)
  )
}

const placeholdersOf = (message: string) =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort()

// TypeScript already checks that every language has every English key (studio-i18n.ts).
describe("the studio's messages", () => {
  for (const language of SUPPORTED_LANGUAGES.filter((code) => code !== "en")) {
    it(`${language} fills in English's placeholders, leaves nothing empty and has no key English lacks`, async () => {
      const english = new Map(entriesOf((await loadStudioMessages("en")) as MessagesType))
      const translated = entriesOf((await loadStudioMessages(language)) as MessagesType)
      expect(translated.map(([key]) => key).filter((key) => !english.has(key))).toEqual([])
      for (const [key, text] of translated) {
        expect({ key, placeholders: placeholdersOf(text) }).toEqual({ key, placeholders: placeholdersOf(english.get(key) ?? "") })
        expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false })
      }
    })
  }

  it("Khmer, the studio's default, is written in Khmer script", async () => {
    const khmer = entriesOf((await loadStudioMessages("km")) as MessagesType)
    const inKhmerScript = khmer.filter(([, text]) => /[\u1780-\u17FF]/.test(text))
    expect(inKhmerScript.length / khmer.length).toBeGreaterThan(0.9)
  })
})
