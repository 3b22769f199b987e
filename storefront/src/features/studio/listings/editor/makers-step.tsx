import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { StudioError, StudioLoading } from "@/features/studio/components/studio-ui"
import { makerName, useGroupMakers } from "@/features/studio/listings/api/group-makers"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"
import { currentLanguage } from "@/lib/i18n"
import { CheckboxList } from "./fields"
import type { DraftUpdateType } from "./use-listing-draft"

/** Step 4: who made the piece, from the group's makers. */
export function MakersStep({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t, i18n } = useTranslation("studio")
  const makers = useGroupMakers()
  const khmerFirst = currentLanguage(i18n.resolvedLanguage) === "km"
  if (makers.isPending) return <StudioLoading />
  if (makers.isError) return <StudioError error={makers.error} onRetry={() => void makers.refetch()} />
  const options = makers.data.makers.map((maker) => ({
    value: maker.id,
    label: maker.public_profile_consent ? makerName(maker, khmerFirst) : t("listings.makers.private", { name: makerName(maker, khmerFirst) }),
  }))
  return (
    <div className="space-y-4">
      {options.length ? (
        <CheckboxList
          legend={t("listings.makers.who")}
          hint={t("listings.makers.hint")}
          options={options}
          chosen={draft.maker_ids}
          onChange={(maker_ids) => update((current) => ({ ...current, maker_ids }))}
        />
      ) : (
        <p className="text-base text-stone-800">{t("listings.makers.none")}</p>
      )}
      <Link to="/studio/makers" className="inline-flex min-h-12 items-center font-semibold text-red-900 underline underline-offset-4">
        {t("listings.makers.add")}
      </Link>
    </div>
  )
}
