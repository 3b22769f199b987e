import { useId } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { useStudioLogOut } from "@/features/studio/api/session"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { StudioCard, StudioPageTitle, StudioRowLink, studioInputClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { changeStudioLanguage } from "@/features/studio/studio-i18n"
import { currentLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from "@/lib/i18n"

/** Each language named in itself, so a coordinator finds theirs whatever is showing. */
const LANGUAGE_NAMES: Record<(typeof SUPPORTED_LANGUAGES)[number], string> = {
  km: "ខ្មែរ",
  en: "English",
  fr: "Français",
  zh: "中文",
  ko: "한국어",
  ja: "日本語",
}

/** The places a coordinator goes less often, the language, and logging out. */
export function MorePage() {
  const me = useStudioMe()
  const { t, i18n } = useTranslation("studio")
  const navigate = useNavigate()
  const logOut = useStudioLogOut()
  const languageId = useId()
  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("app.nav.more")}</StudioPageTitle>
      <StudioCard>
        <ul className="divide-y divide-stone-100">
          <li>
            <StudioRowLink to="/studio/makers">{t("app.nav.makers")}</StudioRowLink>
          </li>
          <li>
            <StudioRowLink to="/studio/earnings">{t("app.nav.earnings")}</StudioRowLink>
          </li>
          <li>
            <StudioRowLink to="/studio/profile">{t("app.nav.profile")}</StudioRowLink>
          </li>
        </ul>
      </StudioCard>
      <StudioCard>
        <label htmlFor={languageId} className="block text-base font-semibold text-stone-950">
          {t("app.language")}
        </label>
        <select
          id={languageId}
          value={currentLanguage(i18n.resolvedLanguage)}
          onChange={(event) => {
            const language = event.target.value
            if (isSupportedLanguage(language)) void changeStudioLanguage(language)
          }}
          className={studioInputClass}
        >
          {SUPPORTED_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </StudioCard>
      <StudioCard>
        <p className="text-base text-stone-800">{t("app.loggedInAs", { email: me.member.email })}</p>
        <button
          type="button"
          className={`${studioSecondaryButtonClass} mt-3 w-full`}
          onClick={() => logOut.mutate(undefined, { onSuccess: () => void navigate("/studio/login", { replace: true }) })}
        >
          {t("app.logOut")}
        </button>
      </StudioCard>
    </div>
  )
}
