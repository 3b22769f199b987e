import { useTranslation } from "react-i18next"
import { changeLanguage, SUPPORTED_LANGUAGES } from "@/lib/i18n"

/** Each language is named in itself, so a shopper finds theirs whatever is showing. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  return (
    <div role="group" aria-label={t("language.label")} className="flex gap-1">
      {SUPPORTED_LANGUAGES.map((language) => {
        const isCurrent = i18n.resolvedLanguage === language
        return (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={isCurrent}
            onClick={() => void changeLanguage(language)}
            className="min-h-11 min-w-11 rounded-md px-3 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white aria-pressed:bg-white aria-pressed:text-red-950"
          >
            {t(`language.${language}`)}
          </button>
        )
      })}
    </div>
  )
}
