import { CRAFTS, labelOf, PEOPLES } from "@sipakam/shared"
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LHT_FIRST_YEAR, StudioMakerFormSchema, type StudioMakerFormType } from "@/features/studio/api/makers"
import { PhotoPickButton, PhotoUploadStatus } from "@/features/studio/components/photo-pick"
import { fieldErrors, focusFirstError, StudioTextField } from "@/features/studio/components/studio-field"
import { studioButtonClass, studioInputClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { usePhotoUpload } from "@/features/studio/components/use-photo-upload"
import { Portrait } from "@/components/portrait"
import { currentLanguage } from "@/lib/i18n"

const FIELD_ORDER = ["portraitUrl", "firstName", "lastName", "nameKm", "crafts", "people", "gender", "lhtYear", "story"]

function Section({ title, children, hint }: { title: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      {/* Floated, the legend sits inside the card like a heading rather than on its border. */}
      <legend className="float-left w-full text-lg font-semibold text-stone-950">{title}</legend>
      <div className="clear-both space-y-3 pt-1">
        {hint ? <p className="text-sm text-stone-700">{hint}</p> : null}
        {children}
      </div>
    </fieldset>
  )
}

/** A big tick box row, the whole row a target. */
function TickRow({
  checked,
  onChange,
  children,
  lang,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  lang?: string
}) {
  return (
    <label
      lang={lang}
      className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 px-3 py-2 text-base ${
        checked ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"
      }`}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-6 shrink-0 accent-red-800"
      />
      <span>{children}</span>
    </label>
  )
}

/**
 * A maker's record as the group keeps it: portrait first, names, crafts and people from the
 * shared vocabulary, the Living Human Treasure title, the story, and an optional self-declared
 * gender. Nothing here is public until the maker's consent is recorded (a step of its own).
 */
export function MakerForm({
  value,
  onChange,
  onSubmit,
  saving,
  submitLabel,
  status,
}: {
  value: StudioMakerFormType
  onChange: (update: (current: StudioMakerFormType) => StudioMakerFormType) => void
  onSubmit: (form: StudioMakerFormType) => void
  saving: boolean
  submitLabel: string
  status?: ReactNode
}) {
  const { t, i18n } = useTranslation("studio")
  const language = currentLanguage(i18n.language)
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof StudioMakerFormType>(key: K, next: StudioMakerFormType[K]) =>
    onChange((current) => ({ ...current, [key]: next }))
  const upload = usePhotoUpload((url) => onChange((current) => ({ ...current, portraitUrl: url })))
  const error = (field: string) => (errors[field] ? t(`makers.errors.${errors[field]}` as "makers.errors.tooLong") : undefined)
  const name = [value.firstName, value.lastName].filter(Boolean).join(" ") || value.nameKm || "?"

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = StudioMakerFormSchema.safeParse(value)
    if (!parsed.success) {
      const found = fieldErrors(parsed.error.issues)
      setErrors(found)
      focusFirstError(formRef.current, FIELD_ORDER.filter((field) => found[field]))
      return
    }
    setErrors({})
    onSubmit(value)
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <Section title={t("makers.form.portrait")} hint={t("makers.form.portraitHint")}>
        <div className="flex items-center gap-4" data-field="portraitUrl">
          <Portrait name={name} url={value.portraitUrl || null} alt={t("makers.form.portraitAlt", { name })} size="lg" />
          <div className="flex flex-col gap-2">
            <PhotoPickButton onPick={(files) => upload.pick(files.slice(0, 1))} disabled={upload.busy}>
              {value.portraitUrl ? t("makers.form.changePortrait") : t("makers.form.addPortrait")}
            </PhotoPickButton>
            {value.portraitUrl ? (
              <button type="button" onClick={() => set("portraitUrl", "")} className={studioSecondaryButtonClass}>
                {t("makers.form.removePortrait")}
              </button>
            ) : null}
          </div>
        </div>
        <PhotoUploadStatus status={upload.status} onRetry={upload.retry} onCancel={upload.cancel} />
      </Section>

      <Section title={t("makers.form.names")}>
        <StudioTextField
          name="firstName"
          label={t("makers.form.firstName")}
          value={value.firstName}
          onChange={(next) => set("firstName", next)}
          error={error("firstName")}
          autoComplete="off"
        />
        <StudioTextField
          name="lastName"
          label={t("makers.form.lastName")}
          value={value.lastName}
          onChange={(next) => set("lastName", next)}
          error={error("lastName")}
        />
        <StudioTextField
          name="nameKm"
          label={t("makers.form.nameKm")}
          hint={t("makers.form.nameKmHint")}
          value={value.nameKm}
          onChange={(next) => set("nameKm", next)}
          error={error("nameKm")}
          lang="km"
        />
      </Section>

      <Section title={t("makers.form.crafts")} hint={t("makers.form.craftsHint")}>
        <div data-field="crafts" className="space-y-2">
          {CRAFTS.map((craft) => (
            <TickRow
              key={craft.code}
              checked={value.crafts.includes(craft.code)}
              onChange={(checked) =>
                set(
                  "crafts",
                  checked ? [...value.crafts, craft.code] : value.crafts.filter((code) => code !== craft.code)
                )
              }
            >
              {labelOf(CRAFTS, craft.code, language)}
            </TickRow>
          ))}
          {error("crafts") ? <p className="text-base font-semibold text-red-800">{error("crafts")}</p> : null}
        </div>
      </Section>

      <Section title={t("makers.form.treasure")} hint={t("makers.form.treasureHint")}>
        <TickRow checked={value.isLivingHumanTreasure} onChange={(checked) => set("isLivingHumanTreasure", checked)}>
          {t("makers.form.isTreasure")}
        </TickRow>
        {value.isLivingHumanTreasure ? (
          <StudioTextField
            name="lhtYear"
            label={t("makers.form.treasureYear")}
            hint={t("makers.form.treasureYearHint", { first: LHT_FIRST_YEAR })}
            value={value.lhtYear}
            onChange={(next) => set("lhtYear", next.replace(/[^\d]/g, "").slice(0, 4))}
            error={errors.lhtYear ? t("makers.errors.lhtYear", { first: LHT_FIRST_YEAR }) : undefined}
            inputMode="numeric"
          />
        ) : null}
      </Section>

      <Section title={t("makers.form.story")} hint={t("makers.form.storyHint")}>
        <StudioTextField
          name="story"
          label={t("makers.form.storyLabel")}
          value={value.story}
          onChange={(next) => set("story", next)}
          error={error("story")}
          multiline
        />
      </Section>

      <Section title={t("makers.form.private")} hint={t("makers.form.privateHint")}>
        <div data-field="people">
          <label htmlFor={`${id}-people`} className="block text-base font-semibold text-stone-950">
            {t("makers.form.people")}
          </label>
          <select
            id={`${id}-people`}
            value={value.people}
            onChange={(event) => set("people", event.target.value as StudioMakerFormType["people"])}
            className={studioInputClass}
          >
            <option value="">{t("makers.form.notSaid")}</option>
            {PEOPLES.map((people) => (
              <option key={people.code} value={people.code}>
                {labelOf(PEOPLES, people.code, language)}
              </option>
            ))}
          </select>
        </div>
        <fieldset data-field="gender" className="space-y-2">
          <legend className="text-base font-semibold text-stone-950">{t("makers.form.gender")}</legend>
          <p className="text-sm text-stone-700">{t("makers.form.genderHint")}</p>
          {(["", "female", "male", "other"] as const).map((gender) => (
            <label
              key={gender || "none"}
              className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 px-3 text-base ${
                value.gender === gender ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"
              }`}
            >
              <input
                type="radio"
                name={`${id}-gender`}
                checked={value.gender === gender}
                onChange={() => set("gender", gender)}
                className="size-6 shrink-0 accent-red-800"
              />
              {t(`makers.form.genders.${gender || "notSaid"}`)}
            </label>
          ))}
        </fieldset>
      </Section>

      {Object.keys(errors).length ? (
        <p role="alert" className="text-base font-semibold text-red-800">
          {t("makers.errors.checkForm")}
        </p>
      ) : null}
      {status}
      <button type="submit" disabled={saving || upload.busy} className={`${studioButtonClass} w-full py-2 text-center`}>
        {saving ? t("makers.saving") : submitLabel}
      </button>
    </form>
  )
}
