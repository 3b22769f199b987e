import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  checkPayout,
  OPTIONAL_PAYOUT_FIELDS,
  PAYOUT_FIELDS,
  PAYOUT_METHODS,
  useUpdateProfile,
  type PayoutFormType,
  type StudioGroupProfileType,
  type StudioPayoutMethodType,
} from "@/features/studio/api/profile"
import { StudioTextField } from "@/features/studio/components/studio-field"
import { useKeptDraft } from "@/features/studio/components/use-kept-draft"
import { ProfileCard } from "@/features/studio/profile/profile-card"

/** How each field is typed on a phone's keyboard. */
const FIELD_INPUT: Record<string, "numeric" | "tel" | "email" | "text"> = {
  account_number: "text",
  phone: "tel",
  bakong_account_id: "email",
}

function savedPayout(group: StudioGroupProfileType): PayoutFormType {
  return { method: group.account?.payout_method ?? "", details: { ...(group.account?.payout_details ?? {}) } }
}

/** What the group is paid with now, in words. */
function CurrentPayout({ group }: { group: StudioGroupProfileType }) {
  const { t } = useTranslation("studio")
  const method = group.account?.payout_method
  if (!method) {
    return <p className="rounded-lg bg-amber-50 p-3 text-base font-semibold text-amber-950">{t("profile.payout.none")}</p>
  }
  const details = group.account?.payout_details ?? {}
  return (
    <div className="rounded-lg bg-stone-100 p-3 text-base">
      <p className="font-semibold">{t("profile.payout.now", { method: t(`profile.payout.methods.${method}.name`) })}</p>
      <dl className="mt-1 space-y-0.5">
        {(PAYOUT_FIELDS[method] as string[])
          .filter((field) => details[field])
          .map((field) => (
            <div key={field}>
              <dt className="inline text-stone-700">{t(`profile.payout.fields.${field}` as "profile.payout.fields.account_name")}: </dt>
              <dd className="inline break-all">{details[field]}</dd>
            </div>
          ))}
      </dl>
    </div>
  )
}

/**
 * Where Sipakam pays the group: bank transfer, ABA, Wing, KHQR or cash, each explained, with
 * the fields the backend requires for it.
 */
export function PayoutCard({ group }: { group: StudioGroupProfileType }) {
  const { t } = useTranslation("studio")
  const id = useId()
  const draft = useKeptDraft<PayoutFormType>("profile:payout", savedPayout(group))
  const save = useUpdateProfile()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const form = draft.value
  const error = (field: string) => (errors[field] ? t(`profile.errors.${errors[field]}` as "profile.errors.required") : undefined)

  const choose = (method: StudioPayoutMethodType) => {
    setSaved(false)
    setErrors({})
    // The account holder's name is kept from one method to the next; the rest is the method's own.
    draft.update((current) => ({
      method,
      details:
        method === group.account?.payout_method
          ? { ...(group.account?.payout_details ?? {}) }
          : { account_name: current.details.account_name ?? current.details.recipient_name ?? "" },
    }))
  }

  const onSave = () => {
    const checked = checkPayout(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    save.mutate(
      { payout: checked.payout },
      {
        onSuccess: (me) => {
          draft.forget(savedPayout(me.group as StudioGroupProfileType))
          setSaved(true)
        },
      }
    )
  }

  return (
    <ProfileCard
      title={t("profile.payout.title")}
      intro={t("profile.payout.intro")}
      onSave={onSave}
      saving={save.isPending}
      saved={saved && !save.isPending}
      error={save.error}
      kept={draft.kept}
      onDiscard={() => draft.forget(savedPayout(group))}
      saveLabel={t("profile.payout.save")}
    >
      <CurrentPayout group={group} />
      <fieldset className="space-y-2" data-field="method">
        <legend className="mb-1 text-lg font-semibold text-stone-950">{t("profile.payout.choose")}</legend>
        {PAYOUT_METHODS.map((method) => (
          <label
            key={method}
            className={`flex cursor-pointer items-start gap-3 rounded-xl border-2 p-3 ${
              form.method === method ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"
            }`}
          >
            <input
              type="radio"
              name={`${id}-method`}
              checked={form.method === method}
              onChange={() => choose(method)}
              aria-describedby={`${id}-${method}-explain`}
              className="mt-1 size-6 shrink-0 accent-red-800"
            />
            <span className="min-w-0">
              <span className="block text-base font-semibold text-stone-950">{t(`profile.payout.methods.${method}.name`)}</span>
              <span id={`${id}-${method}-explain`} className="block text-sm text-stone-800">
                {t(`profile.payout.methods.${method}.explain`)}
              </span>
            </span>
          </label>
        ))}
        {error("method") ? (
          <p role="alert" className="text-base font-semibold text-red-800">
            {error("method")}
          </p>
        ) : null}
      </fieldset>
      {form.method ? (
        <div className="space-y-3">
          {(PAYOUT_FIELDS[form.method] as string[]).map((field) => (
            <StudioTextField
              key={`${form.method}-${field}`}
              name={field}
              label={
                OPTIONAL_PAYOUT_FIELDS.has(field)
                  ? t("profile.optional", { label: t(`profile.payout.fields.${field}` as "profile.payout.fields.account_name") })
                  : t(`profile.payout.fields.${field}` as "profile.payout.fields.account_name")
              }
              hint={t(`profile.payout.hints.${form.method}.${field}` as "profile.payout.hints.aba.account_name")}
              value={form.details[field] ?? ""}
              onChange={(value) => {
                setSaved(false)
                draft.update((current) => ({ ...current, details: { ...current.details, [field]: value } }))
              }}
              error={error(field)}
              inputMode={FIELD_INPUT[field] ?? "text"}
              multiline={field === "pickup_note"}
            />
          ))}
        </div>
      ) : null}
    </ProfileCard>
  )
}
