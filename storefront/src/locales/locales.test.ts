import { beforeAll, describe, expect, it } from "vitest"
import { loadMessages, SUPPORTED_LANGUAGES, type LanguageType } from "@/lib/i18n"

type MessagesType = { [key: string]: string | MessagesType }

/** Every message's full key ("shop.facet.craft"), sorted. */
function keysOf(messages: MessagesType, prefix = ""): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
    )
    .sort()
}

/** The {{placeholders}} a message fills in. */
function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort()
}

function messageAt(messages: MessagesType, key: string): string {
  const value = key.split(".").reduce<string | MessagesType | undefined>(
    (node, part) => (typeof node === "object" ? node[part] : undefined),
    messages
  )
  return typeof value === "string" ? value : ""
}

const locales = new Map<LanguageType, MessagesType>()

beforeAll(async () => {
  for (const language of SUPPORTED_LANGUAGES) {
    locales.set(language, (await loadMessages(language)) as MessagesType)
  }
})

const messagesOf = (language: LanguageType): MessagesType => locales.get(language) ?? {}
const OTHER_LANGUAGES = SUPPORTED_LANGUAGES.filter((code) => code !== "en")

describe("locales", () => {
  for (const language of OTHER_LANGUAGES) {
    it(`${language} has exactly the English keys, none missing and none extra`, () => {
      expect(keysOf(messagesOf(language))).toEqual(keysOf(messagesOf("en")))
    })

    it(`${language} fills in the same placeholders as English, and no message is empty`, () => {
      const messages = messagesOf(language)
      for (const key of keysOf(messagesOf("en"))) {
        expect({ key, placeholders: placeholdersOf(messageAt(messages, key)) }).toEqual({
          key,
          placeholders: placeholdersOf(messageAt(messagesOf("en"), key)),
        })
        expect({ key, empty: messageAt(messages, key).trim() === "" }).toEqual({ key, empty: false })
      }
    })

    it(`${language} translates the shop rather than copying English`, () => {
      expect(messageAt(messagesOf(language), "shop.title")).not.toBe(messageAt(messagesOf("en"), "shop.title"))
    })
  }
})
