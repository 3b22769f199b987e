/** The languages the storefront speaks; English is the fallback for anything missing. */
export const UI_LANGUAGES = ["en", "km", "fr", "zh", "ko", "ja"] as const

export type UiLanguage = (typeof UI_LANGUAGES)[number]

export const DEFAULT_UI_LANGUAGE: UiLanguage = "en"

/** A label in every UI language. */
export type LocalizedLabels = Readonly<Record<UiLanguage, string>>

/**
 * The backend's locale for each UI language (the store's supported locales): Medusa's Translation
 * Module serves texts in it, and the original (English) text where it has no translation.
 */
export const MEDUSA_LOCALES: Readonly<Record<UiLanguage, string>> = {
  en: "en-US",
  km: "km-KH",
  fr: "fr-FR",
  zh: "zh-CN",
  ko: "ko-KR",
  ja: "ja-JP",
}

/** Khmer as the Translation Module names it: the one locale producers write texts in. */
export const KHMER_LOCALE = { code: MEDUSA_LOCALES.km, name: "Khmer (Cambodia)" } as const

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value)
}
