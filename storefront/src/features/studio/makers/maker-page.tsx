import { useEffect, useRef, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams, useSearchParams } from "react-router"
import {
  EMPTY_MAKER_FORM,
  makerBody,
  makerForm,
  makerNames,
  useCreateMaker,
  useRecordConsent,
  useRetireMaker,
  useStudioMaker,
  useUpdateMaker,
  type StudioMakerAnswerType,
} from "@/features/studio/api/makers"
import { formatStudioDate } from "@/features/studio/components/studio-dates"
import { useStudioMe } from "@/features/studio/components/studio-me"
import {
  StudioCard,
  StudioError,
  StudioLoading,
  StudioPageTitle,
  studioButtonClass,
  studioSecondaryButtonClass,
} from "@/features/studio/components/studio-ui"
import { useIdempotencyKey } from "@/features/studio/components/use-idempotency-key"
import { useKeptDraft } from "@/features/studio/components/use-kept-draft"
import { ConsentStep, memberName } from "@/features/studio/makers/consent-step"
import { MakerForm } from "@/features/studio/makers/maker-form"
import { Portrait } from "@/components/portrait"
import { currentLanguage } from "@/lib/i18n"

function BackToMakers() {
  const { t } = useTranslation("studio")
  return (
    <Link to="/studio/makers" className="inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4">
      {t("makers.backToList")}
    </Link>
  )
}

function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-base font-semibold text-emerald-950">
      {children}
    </p>
  )
}

function KeptNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation("studio")
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-base text-amber-950">
      <p>{t("makers.kept")}</p>
      <button type="button" onClick={onDiscard} className={`${studioSecondaryButtonClass} mt-2`}>
        {t("makers.discard")}
      </button>
    </div>
  )
}

/** Adds a maker; once saved, the consent step follows (the maker may say no, or not now). */
export function NewMakerPage() {
  const { t } = useTranslation("studio")
  const navigate = useNavigate()
  const draft = useKeptDraft("maker:new", EMPTY_MAKER_FORM)
  const create = useCreateMaker()
  const { keyFor, forget } = useIdempotencyKey()
  return (
    <div className="space-y-4">
      <BackToMakers />
      <StudioPageTitle>{t("makers.new.title")}</StudioPageTitle>
      <p className="text-base text-stone-800">{t("makers.new.intro")}</p>
      {draft.kept ? <KeptNotice onDiscard={() => draft.forget(EMPTY_MAKER_FORM)} /> : null}
      <MakerForm
        value={draft.value}
        onChange={draft.update}
        saving={create.isPending}
        submitLabel={t("makers.new.save")}
        status={create.isError ? <StudioError error={create.error} /> : null}
        onSubmit={(form) => {
          const body = makerBody(form)
          create.mutate(
            { body, idempotencyKey: keyFor(JSON.stringify(body)) },
            {
              onSuccess: (answer) => {
                forget()
                draft.forget()
                void navigate(`/studio/makers/${answer.maker.id}?step=consent`, { replace: true })
              },
            }
          )
        }}
      />
    </div>
  )
}

/** Where the maker's public profile stands, and who recorded the answer when. */
function ConsentCard({ answer, onRecord, onWithdraw }: { answer: StudioMakerAnswerType; onRecord: () => void; onWithdraw: () => void }) {
  const { t, i18n } = useTranslation("studio")
  const { group } = useStudioMe()
  const { maker, public_maker: publicMaker, consent_recorder: recorder } = answer
  const name = makerNames(maker, currentLanguage(i18n.language) === "km").main
  const record = [
    maker.consent_recorded_at ? t("makers.consentCard.on", { date: formatStudioDate(maker.consent_recorded_at, i18n.language) }) : null,
    recorder ? t("makers.consentCard.by", { who: memberName(recorder) }) : null,
    maker.consent_language
      ? t("makers.consentCard.readIn", { language: t(`makers.languageNames.${maker.consent_language}`) })
      : null,
  ].filter(Boolean)
  return (
    <StudioCard>
      <h2 className="text-lg font-semibold text-stone-950">{t("makers.consentCard.title")}</h2>
      {maker.public_profile_consent ? (
        <p className="mt-1 text-base font-semibold text-emerald-900">{t("makers.consentCard.public", { name })}</p>
      ) : maker.consent_recorded_at ? (
        <p className="mt-1 text-base font-semibold text-stone-900">{t("makers.consentCard.withdrawn", { name, group: group.name })}</p>
      ) : (
        <p className="mt-1 text-base font-semibold text-stone-900">{t("makers.consentCard.notAsked", { name, group: group.name })}</p>
      )}
      {record.length ? <p className="mt-1 text-sm text-stone-800">{t("makers.consentCard.record", { record: record.join(" · ") })}</p> : null}
      {maker.public_profile_consent && publicMaker?.handle ? (
        <a
          href={`/makers/${publicMaker.handle}`}
          className="mt-2 inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4"
        >
          {t("makers.consentCard.seeInShop")}
        </a>
      ) : null}
      <div className="mt-3">
        {maker.public_profile_consent ? (
          <button type="button" onClick={onWithdraw} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
            {t("makers.consentCard.withdraw")}
          </button>
        ) : (
          <button type="button" onClick={onRecord} className={`${studioButtonClass} w-full py-2 text-center`}>
            {t("makers.consentCard.ask")}
          </button>
        )}
      </div>
    </StudioCard>
  )
}

/** A yes-or-back question before something that changes what the shop shows. */
function ConfirmStep({
  title,
  body,
  yes,
  pending,
  error,
  onYes,
  onBack,
}: {
  title: string
  body: string
  yes: string
  pending: boolean
  error: unknown
  onYes: () => void
  onBack: () => void
}) {
  const { t } = useTranslation("studio")
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-2xl leading-snug font-bold text-stone-950 focus:outline-none">
        {title}
      </h1>
      <StudioCard>
        <p className="text-base text-stone-900">{body}</p>
      </StudioCard>
      <div aria-live="polite">
        {pending ? (
          <p role="status" className="rounded-xl bg-stone-100 p-4 text-base font-semibold">
            {t("makers.saving")}
          </p>
        ) : null}
      </div>
      {error ? <StudioError error={error} /> : null}
      <button type="button" onClick={onYes} disabled={pending} className={`${studioButtonClass} w-full py-2 text-center`}>
        {error ? t("app.tryAgain") : yes}
      </button>
      <button type="button" onClick={onBack} disabled={pending} className={`${studioSecondaryButtonClass} w-full py-2 text-center`}>
        {t("makers.back")}
      </button>
    </div>
  )
}

function EditMaker({ answer }: { answer: StudioMakerAnswerType }) {
  const { t, i18n } = useTranslation("studio")
  const { maker } = answer
  const [params, setParams] = useSearchParams()
  const step = params.get("step")
  const [notice, setNotice] = useState<string | null>(null)
  const draft = useKeptDraft(`maker:${maker.id}`, makerForm(maker))
  const update = useUpdateMaker()
  const consent = useRecordConsent()
  const retire = useRetireMaker()
  const name = makerNames(maker, currentLanguage(i18n.language) === "km").main

  const goTo = (next: string | null, message: string | null = null) => {
    setNotice(message)
    setParams(next ? { step: next } : {}, { replace: !next })
    window.scrollTo({ top: 0 })
  }

  if (step === "consent") {
    return (
      <ConsentStep
        maker={maker}
        onDone={() => goTo(null, t("makers.done.consent", { name }))}
        onCancel={() => goTo(null)}
      />
    )
  }
  if (step === "withdraw") {
    return (
      <ConfirmStep
        title={t("makers.withdraw.title", { name })}
        body={t("makers.withdraw.body", { name })}
        yes={t("makers.withdraw.yes")}
        pending={consent.isPending}
        error={consent.error}
        onYes={() =>
          consent.mutate(
            { id: maker.id, consent: false, language: currentLanguage(i18n.language) },
            { onSuccess: () => goTo(null, t("makers.done.withdrawn", { name })) }
          )
        }
        onBack={() => goTo(null)}
      />
    )
  }
  if (step === "retire" && !maker.retired_at) {
    return (
      <ConfirmStep
        title={t("makers.retire.title", { name })}
        body={t("makers.retire.body", { name })}
        yes={t("makers.retire.yes")}
        pending={retire.isPending}
        error={retire.error}
        onYes={() => retire.mutate(maker.id, { onSuccess: () => goTo(null, t("makers.done.retired", { name })) })}
        onBack={() => goTo(null)}
      />
    )
  }

  return (
    <div className="space-y-4">
      <BackToMakers />
      <div className="flex items-center gap-3">
        <Portrait name={name} url={maker.portrait_url} alt="" size="md" />
        <StudioPageTitle>{name}</StudioPageTitle>
      </div>
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      {maker.retired_at ? (
        <p className="rounded-xl bg-stone-200 p-3 text-base font-semibold text-stone-900">
          {t("makers.retiredOn", { date: formatStudioDate(maker.retired_at, i18n.language) })}
        </p>
      ) : null}
      <ConsentCard answer={answer} onRecord={() => goTo("consent")} onWithdraw={() => goTo("withdraw")} />
      <h2 className="pt-2 text-xl font-bold text-stone-950">{t("makers.edit.title")}</h2>
      {draft.kept ? <KeptNotice onDiscard={() => draft.forget(makerForm(maker))} /> : null}
      <MakerForm
        value={draft.value}
        onChange={draft.update}
        saving={update.isPending}
        submitLabel={t("makers.edit.save")}
        status={update.isError ? <StudioError error={update.error} /> : null}
        onSubmit={(form) =>
          update.mutate(
            { id: maker.id, body: makerBody(form) },
            {
              onSuccess: (saved) => {
                draft.forget(makerForm(saved.maker))
                goTo(null, t("makers.done.saved"))
              },
            }
          )
        }
      />
      {!maker.retired_at ? (
        <StudioCard>
          <h2 className="text-lg font-semibold text-stone-950">{t("makers.retire.heading")}</h2>
          <p className="mt-1 text-base text-stone-800">{t("makers.retire.explain")}</p>
          <button type="button" onClick={() => goTo("retire")} className={`${studioSecondaryButtonClass} mt-3 w-full py-2 text-center`}>
            {t("makers.retire.button", { name })}
          </button>
        </StudioCard>
      ) : null}
    </div>
  )
}

/** A maker of the group: their public profile's consent, their record, retiring them. */
export function MakerPage() {
  const { id = "" } = useParams()
  const maker = useStudioMaker(id)
  if (maker.isPending) return <StudioLoading />
  if (!maker.data) return <StudioError error={maker.error} onRetry={() => void maker.refetch()} />
  // Keyed by the maker: another maker's page starts from its own record.
  return <EditMaker key={maker.data.maker.id} answer={maker.data} />
}
