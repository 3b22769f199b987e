import { useTranslation } from "react-i18next"
import { formatRateBps, priceBreakdown } from "@/features/product/utils/price-breakdown"
import { formatMinorAmount } from "@/lib/money"

type MoneyBreakdownProps = {
  priceMinor: number
  currencyCode: string
  groupName: string
  headingId: string
}

/** What the producer group receives and what the platform keeps, adding up to the price. */
export function MoneyBreakdown({ priceMinor, currencyCode, groupName, headingId }: MoneyBreakdownProps) {
  const { t, i18n } = useTranslation()
  const breakdown = priceBreakdown(priceMinor)
  const money = (amount: number) => formatMinorAmount(amount, currencyCode, i18n.language)
  const groupShare = priceMinor > 0 ? (breakdown.groupMinor / priceMinor) * 100 : 0

  return (
    <section aria-labelledby={headingId} className="mt-10 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {t("product.money.heading")}
      </h2>
      <p className="mt-1 text-stone-800">{t("product.money.intro", { price: money(priceMinor) })}</p>
      <div aria-hidden="true" className="mt-3 flex h-3 overflow-hidden rounded-full bg-stone-300">
        <div className="bg-red-800" style={{ width: `${groupShare}%` }} />
      </div>
      <dl className="mt-3 space-y-2" data-testid="money-breakdown">
        <div className="flex items-baseline justify-between gap-4">
          <dt className="flex items-center gap-2 text-stone-900">
            <span aria-hidden="true" className="inline-block size-3 rounded-full bg-red-800" />
            {t("product.money.group", { group: groupName })}
          </dt>
          <dd className="font-semibold text-stone-950" data-testid="money-group">
            {money(breakdown.groupMinor)}
          </dd>
        </div>
        <div className="flex items-baseline justify-between gap-4">
          <dt className="flex items-center gap-2 text-stone-900">
            <span aria-hidden="true" className="inline-block size-3 rounded-full bg-stone-300" />
            {t("product.money.platform", { rate: formatRateBps(breakdown.rateBps, i18n.language) })}
          </dt>
          <dd className="font-semibold text-stone-950" data-testid="money-platform">
            {money(breakdown.commissionMinor)}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-stone-700">{t("product.money.note")}</p>
    </section>
  )
}
