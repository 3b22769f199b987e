import { useTranslation } from "react-i18next"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"
import { TextField } from "./fields"
import type { DraftUpdateType } from "./use-listing-draft"

/** Step 2: the title and description, in Khmer and in English (which buyers abroad read, and the API requires). */
export function WordsStep({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t } = useTranslation("studio")
  const set = (field: "title" | "title_km" | "description" | "description_km") => (value: string) =>
    update((current) => ({ ...current, [field]: value }))
  return (
    <div className="space-y-4">
      <p className="rounded-lg bg-amber-50 p-3 text-base text-amber-950">{t("listings.words.englishNeeded")}</p>
      <TextField label={t("listings.words.titleKm")} value={draft.title_km} onChange={set("title_km")} lang="km" maxLength={200} />
      <TextField
        label={t("listings.words.title")}
        hint={t("listings.words.titleHint")}
        value={draft.title}
        onChange={set("title")}
        lang="en"
        required
        maxLength={200}
      />
      <TextField
        label={t("listings.words.descriptionKm")}
        value={draft.description_km}
        onChange={set("description_km")}
        lang="km"
        multiline
        maxLength={5000}
      />
      <TextField
        label={t("listings.words.description")}
        hint={t("listings.words.descriptionHint")}
        value={draft.description}
        onChange={set("description")}
        lang="en"
        multiline
        required
        maxLength={5000}
      />
    </div>
  )
}
