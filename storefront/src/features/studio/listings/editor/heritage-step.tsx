import { CRAFTS, labelOf, MATERIALS, PEOPLES, PROVINCES, type VocabularyEntry } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"
import { currentLanguage } from "@/lib/i18n"
import { CheckboxList, SelectField, TextField } from "./fields"
import type { DraftUpdateType } from "./use-listing-draft"

/** Step 3: the piece's heritage, from the shared vocabulary, labelled in the studio's language. */
export function HeritageStep({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t, i18n } = useTranslation("studio")
  const language = currentLanguage(i18n.resolvedLanguage)
  const optionsOf = (entries: readonly VocabularyEntry[]) =>
    entries.map((entry) => ({ value: entry.code, label: labelOf(entries, entry.code, language) ?? entry.code }))
  const materials = MATERIALS.filter((material) => material.kind !== "natural-dye")
  const dyes = MATERIALS.filter((material) => material.kind === "natural-dye")
  const set = <K extends keyof ListingDraftType>(field: K) => (value: ListingDraftType[K]) =>
    update((current) => ({ ...current, [field]: value }))
  return (
    <div className="space-y-5">
      <SelectField
        label={t("listings.heritage.craft")}
        value={draft.craft}
        onChange={set("craft")}
        options={optionsOf(CRAFTS)}
        empty={t("listings.heritage.choose")}
        required
      />
      <CheckboxList
        legend={t("listings.heritage.materials")}
        hint={t("listings.heritage.materialsHint")}
        options={optionsOf(materials)}
        chosen={draft.materials}
        onChange={set("materials")}
      />
      <CheckboxList
        legend={t("listings.heritage.dyes")}
        hint={t("listings.heritage.dyesHint")}
        options={optionsOf(dyes)}
        chosen={draft.natural_dyes}
        onChange={set("natural_dyes")}
      />
      <SelectField
        label={t("listings.heritage.province")}
        value={draft.province}
        onChange={set("province")}
        options={optionsOf(PROVINCES)}
        empty={t("listings.heritage.choose")}
        required
      />
      <SelectField
        label={t("listings.heritage.people")}
        hint={t("listings.heritage.peopleHint")}
        value={draft.people}
        onChange={set("people")}
        options={optionsOf(PEOPLES)}
        empty={t("listings.heritage.notSaid")}
      />
      <TextField label={t("listings.heritage.techniqueKm")} value={draft.technique_km} onChange={set("technique_km")} lang="km" maxLength={500} />
      <TextField label={t("listings.heritage.technique")} value={draft.technique} onChange={set("technique")} lang="en" maxLength={500} />
      <TextField
        label={t("listings.heritage.hours")}
        hint={t("listings.heritage.hoursHint")}
        value={draft.hours}
        onChange={set("hours")}
        inputMode="numeric"
        maxLength={5}
      />
    </div>
  )
}
