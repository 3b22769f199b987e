import { useTranslation } from "react-i18next"
import { changeStudioLanguage } from "@/features/studio/studio-i18n"
import { currentLanguage } from "@/lib/i18n"

/** Khmer and English, one tap apart; the other languages are on the "More" page. */
export function LanguageToggle({ className = "" }: { className?: string }) {
  const { i18n } = useTranslation("studio")
  const inKhmer = currentLanguage(i18n.resolvedLanguage) === "km"
  const other = inKhmer ? "en" : "km"
  return (
    <button
      type="button"
      lang={other}
      onClick={() => void changeStudioLanguage(other)}
      className={`min-h-12 rounded-lg border border-white/50 px-3 text-base font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white ${className}`}
    >
      {inKhmer ? "English" : "ខ្មែរ"}
    </button>
  )
}
