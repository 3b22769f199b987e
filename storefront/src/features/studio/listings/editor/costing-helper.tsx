import { useTranslation } from "react-i18next"
import { useStudioMe } from "@/features/studio/components/studio-me"
import { studioSecondaryButtonClass } from "@/features/studio/components/studio-ui"
import { costPiece, DEFAULT_MARGIN_BPS, parseHours, percentToBps, whereMoneyGoes } from "@/features/studio/listings/costing"
import type { ListingDraftType } from "@/features/studio/listings/listing-draft"
import { parsePriceText, priceFieldText } from "@/features/studio/listings/price-text"
import { formatMinorAmount } from "@/lib/money"
import { TextField } from "./fields"
import type { DraftUpdateType } from "./use-listing-draft"

function Row({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-3 py-1 ${strong ? "font-bold text-stone-950" : "text-stone-800"}`}>
      <dt>{label}</dt>
      <dd className="text-right whitespace-nowrap">{amount}</dd>
    </div>
  )
}

/**
 * The costing the artisans were trained in: materials, hours at a day's wage, the group's margin
 * give a price to ask; then where a buyer's money goes, from the maker's side.
 */
export function CostingHelper({ draft, update }: { draft: ListingDraftType; update: DraftUpdateType }) {
  const { t, i18n } = useTranslation("studio")
  const me = useStudioMe()
  const money = (amount: number) => formatMinorAmount(amount, "usd", i18n.language)
  const costing = draft.costing
  const hoursText = costing.hours || draft.hours
  const materialsMinor = parsePriceText(costing.materials || "0", "usd")
  const hours = parseHours(hoursText || "0")
  const wageMinor = parsePriceText(costing.wage || "0", "usd")
  const marginBps = costing.margin.trim() ? percentToBps(costing.margin) : DEFAULT_MARGIN_BPS
  const ready = materialsMinor !== null && hours !== null && wageMinor !== null && marginBps !== null
  const result = ready ? costPiece({ materialsMinor, hours, dailyWageMinor: wageMinor, marginBps }, "usd") : null
  const set = (field: keyof ListingDraftType["costing"]) => (value: string) =>
    update((current) => ({ ...current, costing: { ...current.costing, [field]: value } }))
  const firstPrice = parsePriceText(draft.variants[0]?.usd ?? "", "usd")
  const shownPrice = firstPrice || result?.suggestedPriceMinor || 0
  const goes = result && shownPrice ? whereMoneyGoes(shownPrice, me.group.commission_rate_bps, { materialsMinor: materialsMinor ?? 0, labourMinor: result.labourMinor }) : null
  const commissionPercent = (me.group.commission_rate_bps / 100).toLocaleString(i18n.language)

  return (
    <section aria-labelledby="costing-title" className="space-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4">
      <h2 id="costing-title" className="text-lg font-semibold text-stone-950">
        {t("listings.costing.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("listings.costing.hint")}</p>
      <TextField label={t("listings.costing.materials")} value={costing.materials} onChange={set("materials")} inputMode="decimal" />
      <TextField label={t("listings.costing.hours")} value={hoursText} onChange={set("hours")} inputMode="numeric" />
      <TextField
        label={t("listings.costing.wage")}
        hint={t("listings.costing.wageHint")}
        value={costing.wage}
        onChange={set("wage")}
        inputMode="decimal"
      />
      <TextField label={t("listings.costing.margin")} value={costing.margin} onChange={set("margin")} inputMode="decimal" />
      {!ready ? (
        <p role="alert" className="text-base font-semibold text-red-900">
          {t("listings.costing.invalid")}
        </p>
      ) : null}
      {result ? (
        <div aria-live="polite">
          <dl className="divide-y divide-stone-200 text-base">
            <Row label={t("listings.costing.labour")} amount={money(result.labourMinor)} />
            <Row label={t("listings.costing.cost")} amount={money(result.costMinor)} />
            <Row label={t("listings.costing.marginAmount")} amount={money(result.marginMinor)} />
            <Row label={t("listings.costing.suggested")} amount={money(result.suggestedPriceMinor)} strong />
          </dl>
          <button
            type="button"
            className={`${studioSecondaryButtonClass} mt-2 w-full`}
            disabled={!result.suggestedPriceMinor}
            onClick={() =>
              update((current) => ({
                ...current,
                variants: current.variants.map((variant) => ({ ...variant, usd: priceFieldText(result.suggestedPriceMinor, "usd") })),
              }))
            }
          >
            {t("listings.costing.apply", { price: money(result.suggestedPriceMinor) })}
          </button>
        </div>
      ) : null}
      {goes ? (
        <div>
          <h3 className="mt-2 text-base font-semibold text-stone-950">{t("listings.costing.whereTitle")}</h3>
          <dl className="divide-y divide-stone-200 text-base" data-testid="where-money-goes">
            <Row label={t("listings.costing.buyerPays")} amount={money(goes.priceMinor)} strong />
            <Row label={t("listings.costing.platform", { percent: commissionPercent })} amount={money(goes.commissionMinor)} />
            <Row label={t("listings.costing.groupReceives")} amount={money(goes.groupMinor)} strong />
            <Row label={t("listings.costing.ofWhichMaterials")} amount={money(goes.materialsMinor)} />
            <Row label={t("listings.costing.ofWhichWork")} amount={money(goes.labourMinor)} />
            <Row label={t("listings.costing.left")} amount={money(goes.leftMinor < 0 ? 0 : goes.leftMinor)} />
          </dl>
          {goes.leftMinor < 0 ? (
            <p role="alert" className="mt-1 text-base font-semibold text-red-900">
              {t("listings.costing.tooLow", { amount: money(-goes.leftMinor) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
