import { useId } from "react"
import { useTranslation } from "react-i18next"
import { changeLanguage, currentLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from "@/lib/i18n"

/**
 * Six languages do not fit a phone's header as buttons, so a native select: every platform
 * makes it usable by touch, keyboard and screen reader. Each language is named in itself, so a
 * shopper finds theirs whatever is showing.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  const id = useId()
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-amber-100">
        {t("language.label")}
      </label>
      <select
        id={id}
        value={currentLanguage(i18n.resolvedLanguage)}
        onChange={(event) => {
          const language = event.target.value
          if (isSupportedLanguage(language)) void changeLanguage(language)
        }}
        className="font-header-khmer min-h-11 rounded-md border border-white/40 bg-red-950 px-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          // font-header-khmer, here and on the select (which measures its options in its own
          // font): "ខ្មែរ" in the header's small Khmer font, so the page needs no full one.
          <option key={language} value={language} lang={language} className="font-header-khmer">
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
