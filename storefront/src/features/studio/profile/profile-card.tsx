import type { FormEvent, ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { StudioError, studioButtonClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"

/**
 * One part of the profile, saved on its own (one task at a time on a small screen): its fields,
 * what was kept from before, and Saving, Saved or Failed in words.
 */
export function ProfileCard({
  title,
  intro,
  children,
  onSave,
  saving,
  saved,
  error,
  kept,
  onDiscard,
  saveLabel,
  disabled = false,
}: {
  title: string
  intro?: string
  children: ReactNode
  onSave: () => void
  saving: boolean
  saved: boolean
  error: unknown
  kept: boolean
  onDiscard: () => void
  saveLabel: string
  disabled?: boolean
}) {
  const { t } = useTranslation("studio")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSave()
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 className="text-xl font-bold text-stone-950">{title}</h2>
      {intro ? <p className="text-base text-stone-800">{intro}</p> : null}
      {kept ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-950">
          <p>{t("profile.kept")}</p>
          <button type="button" onClick={onDiscard} className={`${studioSecondaryButtonClass} mt-2`}>
            {t("profile.discard")}
          </button>
        </div>
      ) : null}
      {children}
      <div aria-live="polite">
        {saving ? (
          <p role="status" className="rounded-lg bg-stone-100 p-3 text-base font-semibold">
            {t("profile.saving")}
          </p>
        ) : saved ? (
          <p role="status" className="rounded-lg bg-emerald-50 p-3 text-base font-semibold text-emerald-950">
            {t("profile.saved")}
          </p>
        ) : null}
      </div>
      {error && !saving ? <StudioError error={error} /> : null}
      <button type="submit" disabled={saving || disabled} className={`${studioButtonClass} w-full py-2 text-center`}>
        {error && !saving ? t("app.tryAgain") : saveLabel}
      </button>
    </form>
  )
}
