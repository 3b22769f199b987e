import { CRAFTS, labelOf, PROVINCES } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { studioButtonClass, studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { useOnline } from "@/features/studio/components/use-online"
import type { ListingStatusType } from "@/features/studio/api/products"
import { type ListingDraftType, missingFields, type SendChoiceType } from "@/features/studio/listings/listing-draft"
import { parsePriceText } from "@/features/studio/listings/price-text"
import { currentLanguage } from "@/lib/i18n"
import { formatMinorAmount } from "@/lib/money"

/**
 * Step 6: what will be sent, what is still missing (each with a way to it), and the buttons: send
 * it (to review, or on sale), or keep it as a draft on the server while it is new or a draft.
 */
export function ReviewStep({
  draft,
  status,
  onGoTo,
  onSend,
  sending,
  problem,
  nothingChanged,
}: {
  draft: ListingDraftType
  /** The listing's status on the server; null for a new listing. */
  status: ListingStatusType | null
  onGoTo: (step: number) => void
  onSend: (choice: SendChoiceType) => void
  sending: boolean
  problem: string | null
  nothingChanged: boolean
}) {
  const { t, i18n } = useTranslation("studio")
  const me = useStudioMe()
  const online = useOnline()
  const language = currentLanguage(i18n.resolvedLanguage)
  const missing = missingFields(draft)
  const editing = Boolean(draft.productId)
  const canKeepDraft = !editing || status === "draft"
  const firstSendLabel = me.group.trusted ? t("listings.review.putOnSale") : t("listings.review.send")
  const sendLabel = canKeepDraft
    ? firstSendLabel
    : status === "rejected"
      ? t("listings.review.sendAgain")
      : t("listings.review.saveChanges")
  return (
    <div className="space-y-4">
      <dl className="space-y-2 text-base">
        <div>
          <dt className="text-sm text-stone-700">{t("listings.review.title")}</dt>
          <dd className="font-semibold break-words">{[draft.title_km, draft.title].filter((text) => text.trim()).join(" · ") || "—"}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("listings.review.photos")}</dt>
          <dd>{t("listings.review.photoCount", { count: draft.photos.length })}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("listings.review.heritage")}</dt>
          <dd>
            {[labelOf(CRAFTS, draft.craft, language), labelOf(PROVINCES, draft.province, language)].filter(Boolean).join(" · ") || "—"}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">{t("listings.review.prices")}</dt>
          <dd>
            {draft.variants
              .map((variant) => {
                const usd = parsePriceText(variant.usd, "usd")
                const price = usd ? formatMinorAmount(usd, "usd", i18n.language) : "—"
                return t("listings.review.variantLine", { name: variant.value ?? "", price, stock: variant.stock }).trim()
              })
              .join(" · ")}
          </dd>
        </div>
      </dl>
      {missing.length ? (
        <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3">
          <p className="font-semibold text-red-950">{t("listings.review.missingTitle")}</p>
          <ul className="mt-1 space-y-1">
            {missing.map((item) => (
              <li key={`${item.key}-${item.values?.name ?? ""}`}>
                <button
                  type="button"
                  className="min-h-12 text-left text-base text-red-950 underline underline-offset-4"
                  onClick={() => onGoTo(item.step)}
                >
                  {t(`listings.missing.${item.key}`, item.values)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canKeepDraft ? (
        <>
          <p className="text-base text-stone-800">{me.group.trusted ? t("listings.review.trustedHint") : t("listings.review.reviewHint")}</p>
          <p className="text-base text-stone-800">{t("listings.review.draftHint")}</p>
        </>
      ) : (
        <p className="text-base text-stone-800">{t("listings.review.editHint")}</p>
      )}
      {!online ? <p className="rounded-lg bg-amber-50 p-3 text-base text-amber-950">{t("listings.review.offlineHint")}</p> : null}
      {nothingChanged ? (
        <p role="status" className="text-base text-stone-800">
          {t("listings.review.nothingChanged")}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-base font-semibold text-red-900">
          {problem}
        </p>
      ) : null}
      <button
        type="button"
        className={`${studioButtonClass} w-full text-lg`}
        disabled={Boolean(missing.length) || sending}
        onClick={() => onSend("send")}
      >
        {sending ? t("listings.review.saving") : sendLabel}
      </button>
      {canKeepDraft ? (
        <button
          type="button"
          className={`${studioSecondaryButtonClass} w-full`}
          disabled={Boolean(missing.length) || sending}
          onClick={() => onSend("keepDraft")}
        >
          {editing ? t("listings.review.saveDraft") : t("listings.review.keepDraft")}
        </button>
      ) : null}
      <p className="text-sm text-stone-700">{t("listings.review.keptOnPhone")}</p>
      <button type="button" className={`${studioSecondaryButtonClass} w-full`} onClick={() => onGoTo(0)}>
        {t("listings.review.backToStart")}
      </button>
    </div>
  )
}
