import { changeLanguage, currentLanguage, i18next, type LanguageType } from "@/lib/i18n"
import type studioEn from "@/locales/studio/en"

type StudioMessagesType = typeof studioEn

/** Each language's studio messages, a chunk of its own loaded with the studio. */
const STUDIO_LOADERS: Readonly<Record<LanguageType, () => Promise<{ default: StudioMessagesType }>>> = {
  en: () => import("@/locales/studio/en"),
  km: () => import("@/locales/studio/km"),
  fr: () => import("@/locales/studio/fr"),
  zh: () => import("@/locales/studio/zh"),
  ko: () => import("@/locales/studio/ko"),
  ja: () => import("@/locales/studio/ja"),
}

export const STUDIO_NAMESPACE = "studio"

/** The studio's messages in a language, loading them if need be. */
export async function loadStudioMessages(language: LanguageType): Promise<StudioMessagesType> {
  return (await STUDIO_LOADERS[language]()).default
}

async function ensureStudioMessages(language: LanguageType): Promise<void> {
  if (!i18next.hasResourceBundle(language, STUDIO_NAMESPACE)) {
    i18next.addResourceBundle(language, STUDIO_NAMESPACE, await loadStudioMessages(language))
  }
}

/** The studio's own language choice, apart from the shop's: Khmer until the coordinator picks another. */
const STUDIO_LANGUAGE_KEY = "sipakam.studio.language"
export const STUDIO_DEFAULT_LANGUAGE: LanguageType = "km"

function savedStudioLanguage(): LanguageType | null {
  try {
    const saved = window.localStorage.getItem(STUDIO_LANGUAGE_KEY)
    return saved ? currentLanguage(saved) : null
  } catch {
    return null
  }
}

/**
 * Readies the studio's messages in the language it opens in (the coordinator's last choice, else
 * Khmer) and in English, every other language's fallback, then switches to that language.
 */
export async function startStudioLanguage(): Promise<void> {
  const language = savedStudioLanguage() ?? STUDIO_DEFAULT_LANGUAGE
  await Promise.all([ensureStudioMessages("en"), ensureStudioMessages(language)])
  if (i18next.resolvedLanguage !== language) {
    await changeLanguage(language)
  }
}

/** Switches the studio (and the shop with it) to a language the coordinator chose. */
export async function changeStudioLanguage(language: LanguageType): Promise<void> {
  try {
    window.localStorage.setItem(STUDIO_LANGUAGE_KEY, language)
  } catch {
    // Not remembered, but switched for this visit.
  }
  await ensureStudioMessages(language)
  await changeLanguage(language)
}
