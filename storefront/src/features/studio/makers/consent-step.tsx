import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { makerNames, useRecordConsent, type StudioMakerType } from "@/features/studio/api/makers"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { StudioError, studioButtonClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { loadStudioMessages, STUDIO_NAMESPACE } from "@/features/studio/studio-i18n"
import { i18next, type LanguageType } from "@/lib/i18n"

/** The languages the statement is read to a maker in: Khmer first, English for the others. */
const STATEMENT_LANGUAGES = [
  { code: "km", name: "ខ្មែរ" },
  { code: "en", name: "English" },
] as const satisfies readonly { code: LanguageType; name: string }[]

/** The statement's words in the maker's language, whatever language the studio shows. */
function useStatementWords(language: LanguageType) {
  const [ready, setReady] = useState(() => i18next.hasResourceBundle(language, STUDIO_NAMESPACE))
  useEffect(() => {
    let live = true
    if (i18next.hasResourceBundle(language, STUDIO_NAMESPACE)) {
      setReady(true)
      return
    }
    setReady(false)
    void loadStudioMessages(language).then((messages) => {
      if (!i18next.hasResourceBundle(language, STUDIO_NAMESPACE)) {
        i18next.addResourceBundle(language, STUDIO_NAMESPACE, messages)
      }
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [language])
  return ready ? i18next.getFixedT(language, STUDIO_NAMESPACE) : null
}

/** The member's name as the group knows them, else their email. */
export function memberName(member: { first_name: string | null; last_name: string | null; email: string }): string {
  return [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email
}

/**
 * Records a maker's consent to a public profile, explicitly: the statement (what becomes public,
 * and that they can withdraw at any time) is read to them in their language, Khmer unless
 * chosen otherwise; the coordinator ticks that the maker heard it and agrees; who records it
 * and when are shown, and the backend records them with the answer.
 */
export function ConsentStep({
  maker,
  onDone,
  onCancel,
}: {
  maker: StudioMakerType
  onDone: () => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation("studio")
  const me = useStudioMe()
  const [language, setLanguage] = useState<LanguageType>("km")
  const [agreed, setAgreed] = useState(false)
  const [notAgreed, setNotAgreed] = useState(false)
  const words = useStatementWords(language)
  const record = useRecordConsent()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const names = makerNames(maker, language === "km")
  const name = names.main
  const statement = (key: string, values: Record<string, string> = {}) =>
    words ? words(`makers.consent.statement.${key}` as "makers.consent.statement.intro", { name, group: me.group.name, ...values }) : ""

  const save = () => {
    if (!agreed) {
      setNotAgreed(true)
      return
    }
    record.mutate({ id: maker.id, consent: true, language }, { onSuccess: onDone })
  }

  return (
    <div className="space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-2xl leading-snug font-bold text-stone-950 focus:outline-none">
        {t("makers.consent.title")}
      </h1>
      <p className="text-base text-stone-800">{t("makers.consent.intro", { name: makerNames(maker, i18n.language === "km").main })}</p>

      <div role="group" aria-label={t("makers.consent.language")} className="grid grid-cols-2 gap-2">
        {STATEMENT_LANGUAGES.map((option) => (
          <button
            key={option.code}
            type="button"
            lang={option.code}
            aria-pressed={language === option.code}
            onClick={() => setLanguage(option.code)}
            className={language === option.code ? studioButtonClass : studioSecondaryButtonClass}
          >
            {option.name}
          </button>
        ))}
      </div>

      <section className="rounded-xl border-2 border-amber-300 bg-amber-50 p-4">
        {words ? (
          <div lang={language} className="space-y-3 text-lg leading-relaxed text-stone-950">
            <h2 className="text-xl font-bold">{statement("heading")}</h2>
            <p>{statement("intro")}</p>
            <ul className="list-disc space-y-1 pl-6">
              <li>{statement("name")}</li>
              <li>{statement("portrait")}</li>
              <li>{statement("story")}</li>
              <li>{statement("crafts")}</li>
              {maker.is_living_human_treasure ? <li>{statement("treasure")}</li> : null}
            </ul>
            <p>{statement("private")}</p>
            <p className="font-semibold">{statement("withdraw")}</p>
            <p>{statement("without")}</p>
          </div>
        ) : (
          <p role="status" className="text-base">
            {t("app.loading")}
          </p>
        )}
      </section>

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="font-semibold">{t("makers.consent.recordedBy")}</dt>
        <dd>{memberName(me.member)}</dd>
        <dt className="font-semibold">{t("makers.consent.recordedOn")}</dt>
        <dd>{formatStudioDate(new Date(), i18n.language)}</dd>
      </dl>

      <label
        className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 p-3 text-base font-semibold ${
          agreed ? "border-red-800 bg-red-50" : notAgreed ? "border-red-800 bg-white" : "border-stone-300 bg-white"
        }`}
      >
        <input
          type="checkbox"
          checked={agreed}
          onChange={(event) => {
            setAgreed(event.target.checked)
            setNotAgreed(false)
          }}
          aria-invalid={notAgreed || undefined}
          className="size-7 shrink-0 accent-red-800"
        />
        {t("makers.consent.heardAndAgrees", { name: makerNames(maker, i18n.language === "km").main })}
      </label>
      {notAgreed ? (
        <p role="alert" className="text-base font-semibold text-red-800">
          {t("makers.consent.tickFirst")}
        </p>
      ) : null}

      <div aria-live="polite">
        {record.isPending ? (
          <p role="status" className="rounded-xl bg-stone-100 p-4 text-base font-semibold">
            {t("makers.saving")}
          </p>
        ) : null}
      </div>
      {record.isError ? <StudioError error={record.error} /> : null}
      <button type="button" onClick={save} disabled={record.isPending} className={`${studioButtonClass} w-full py-2 text-center`}>
        {record.isError ? t("app.tryAgain") : t("makers.consent.record")}
      </button>
      <button type="button" onClick={onCancel} disabled={record.isPending} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
        {t("makers.consent.notNow")}
      </button>
      <p className="text-sm text-stone-700">{t("makers.consent.notNowHint")}</p>
    </div>
  )
}
