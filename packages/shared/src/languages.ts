/** The languages the storefront speaks; English is the fallback for anything missing. */
export const UI_LANGUAGES = ["en", "km", "fr", "zh", "ko", "ja"] as const

export type UiLanguage = (typeof UI_LANGUAGES)[number]

export const DEFAULT_UI_LANGUAGE: UiLanguage = "en"

/** A label in every UI language. */
export type LocalizedLabels = Readonly<Record<UiLanguage, string>>

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value)
}
