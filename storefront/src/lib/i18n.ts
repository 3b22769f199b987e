import { MEDUSA_LOCALES, UI_LANGUAGES, type UiLanguage } from "@sipakam/shared/languages"
import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import en from "@/locales/en.json"
import type studioEn from "@/locales/studio/en"

export const SUPPORTED_LANGUAGES = UI_LANGUAGES
export type LanguageType = UiLanguage

/** English is bundled: it is the fallback of every other language, and the most used. */
export const resources = {
  en: { translation: en },
} as const

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation"
    // The producer studio's messages are a namespace of their own, loaded with the studio.
    resources: (typeof resources)["en"] & { studio: typeof studioEn }
  }
}

/**
 * The other languages load when first used, each a chunk of its own: bundling all six in the
 * first page would cost every shopper about 13 KB of gzipped JavaScript for five they don't read.
 */
const LOCALE_LOADERS: Readonly<Record<Exclude<LanguageType, "en">, () => Promise<{ default: typeof en }>>> = {
  km: () => import("@/locales/km.json"),
  fr: () => import("@/locales/fr.json"),
  zh: () => import("@/locales/zh.json"),
  ko: () => import("@/locales/ko.json"),
  ja: () => import("@/locales/ja.json"),
}

/** The messages of a language, loading them if need be. */
export async function loadMessages(language: LanguageType): Promise<typeof en> {
  return language === "en" ? en : (await LOCALE_LOADERS[language]()).default
}

async function ensureLoaded(language: LanguageType): Promise<void> {
  if (!i18next.hasResourceBundle(language, "translation")) {
    i18next.addResourceBundle(language, "translation", await loadMessages(language))
  }
}

/** The `lang` attribute of each language; Chinese is the simplified script. */
const HTML_LANG: Readonly<Record<LanguageType, string>> = {
  en: "en",
  km: "km",
  fr: "fr",
  zh: "zh-Hans",
  ko: "ko",
  ja: "ja",
}

export const LANGUAGE_STORAGE_KEY = "sipakam.language"

/** The URL parameter that picks a language, e.g. `/shop?lang=km` in a link someone shared. */
export const LANGUAGE_PARAM = "lang"

export function isSupportedLanguage(language: string): language is LanguageType {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language)
}

/** The language a `?lang=` value names ("km", "zh-CN", "FR"), or null when we don't speak it. */
export function languageOfParam(value: string | null | undefined): LanguageType | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0] ?? ""
  return isSupportedLanguage(base) ? base : null
}

/**
 * The language to start in: the one a link asked for (`?lang=`), else the shopper's saved
 * choice, else the first browser language we speak, else English.
 */
export function detectLanguage(
  saved: string | null,
  browserLanguages: readonly string[],
  requested: string | null = null
): LanguageType {
  const fromUrl = languageOfParam(requested)
  if (fromUrl) {
    return fromUrl
  }
  if (saved && isSupportedLanguage(saved)) {
    return saved
  }
  for (const tag of browserLanguages) {
    const base = languageOfParam(tag)
    if (base) {
      return base
    }
  }
  return "en"
}

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    // Storage can be blocked (private modes, embedded web views): fall back to the browser.
    return null
  }
}

function saveLanguage(language: LanguageType): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembered across visits, but still switched for this one.
  }
}

/** The Medusa locale for an i18next language, English when it is not one we speak. */
export function medusaLocale(language: string | undefined): string {
  return language && isSupportedLanguage(language) ? MEDUSA_LOCALES[language] : MEDUSA_LOCALES.en
}

/** The shopper's language as one we speak (i18next's resolved language, English otherwise). */
export function currentLanguage(language: string | undefined): LanguageType {
  return language && isSupportedLanguage(language) ? language : "en"
}

/** Switches the UI to `language` (once its messages are loaded) and remembers the choice. */
export async function changeLanguage(language: LanguageType): Promise<void> {
  saveLanguage(language)
  await ensureLoaded(language)
  await i18next.changeLanguage(language)
}

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = HTML_LANG[currentLanguage(language)]
  document.title = i18next.t("app.documentTitle")
})

const requested = languageOfParam(new URLSearchParams(window.location.search).get(LANGUAGE_PARAM))
if (requested) {
  // A link that names a language is a choice too: remembered like one made in the switcher.
  saveLanguage(requested)
}

void i18next.use(initReactI18next).init({
  resources,
  lng: "en",
  fallbackLng: "en",
  supportedLngs: SUPPORTED_LANGUAGES,
  // English is bundled, so initialisation finishes at once.
  initImmediate: false,
  interpolation: { escapeValue: false },
})

const startLanguage = detectLanguage(savedLanguage(), navigator.languages, requested)

/**
 * Settles once the shopper's language is ready (main.tsx renders then, so no English flashes
 * first). If its messages cannot load, the shop stays in English.
 */
export const i18nReady: Promise<void> =
  startLanguage === "en"
    ? Promise.resolve()
    : ensureLoaded(startLanguage)
        .then(() => i18next.changeLanguage(startLanguage))
        .then(
          () => undefined,
          (error: unknown) => console.error(`Could not load the "${startLanguage}" messages`, error)
        )

export { i18next }
