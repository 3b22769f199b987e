import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import en from "@/locales/en.json"
import km from "@/locales/km.json"

export const SUPPORTED_LANGUAGES = ["en", "km"] as const
export type LanguageType = (typeof SUPPORTED_LANGUAGES)[number]

export const resources = {
  en: { translation: en },
  km: { translation: km },
} as const

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation"
    resources: (typeof resources)["en"]
  }
}

/** The backend's locale for each language: Medusa's Translation Module serves product texts in it. */
export const MEDUSA_LOCALES: Readonly<Record<LanguageType, string>> = {
  en: "en-US",
  km: "km-KH",
}

const STORAGE_KEY = "sipakam.language"

function isSupported(language: string): language is LanguageType {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language)
}

/** The shopper's saved choice, else the first browser language we speak, else English. */
export function detectLanguage(saved: string | null, browserLanguages: readonly string[]): LanguageType {
  if (saved && isSupported(saved)) {
    return saved
  }
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0] ?? ""
    if (isSupported(base)) {
      return base
    }
  }
  return "en"
}

function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage can be blocked (private modes, embedded web views): fall back to the browser.
    return null
  }
}

/** The Medusa locale for an i18next language, English when it is not one we speak. */
export function medusaLocale(language: string | undefined): string {
  return language && isSupported(language) ? MEDUSA_LOCALES[language] : MEDUSA_LOCALES.en
}

export function changeLanguage(language: LanguageType): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembered across visits, but still switched for this one.
  }
  return i18next.changeLanguage(language)
}

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = language
  document.title = i18next.t("app.documentTitle")
})

void i18next.use(initReactI18next).init({
  resources,
  lng: detectLanguage(savedLanguage(), navigator.languages),
  fallbackLng: "en",
  supportedLngs: SUPPORTED_LANGUAGES,
  // Resources are bundled, so initialisation finishes before the first render.
  initImmediate: false,
  interpolation: { escapeValue: false },
})

export { i18next }
