import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { useImpact, type MoneyTotalType } from "@/features/impact/api/get-impact"
import { ImpactReach } from "@/features/impact/components/impact-reach"
import { formatMinorAmount } from "@/lib/money"

function MoneyTotals({ totals, testId }: { totals: MoneyTotalType[]; testId: string }) {
  const { t, i18n } = useTranslation()
  return (
    <dd className="mt-1 text-2xl font-bold text-stone-950" data-testid={testId}>
      {totals.length
        ? totals.map((total) => (
            <span key={total.currency_code} className="block">
              {formatMinorAmount(total.amount, total.currency_code, i18n.language)}
            </span>
          ))
        : t("impact.nothingYet")}
    </dd>
  )
}

/** What the platform does for the artisans: who it reaches and where the money went. */
export function ImpactPage() {
  const { t } = useTranslation()
  const impact = useImpact()

  if (impact.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("impact.loading")}
      </p>
    )
  }
  if (impact.isError) {
    return (
      <ErrorNotice
        title={t("impact.error")}
        error={impact.error}
        onRetry={() => void impact.refetch()}
        isRetrying={impact.isFetching}
      />
    )
  }
  const data = impact.data
  return (
    <>
      <section aria-labelledby="impact-reach" className="mt-6">
        <h2 id="impact-reach" className="text-xl font-semibold text-stone-950">
          {t("impact.reachHeading")}
        </h2>
        <ImpactReach impact={data} />
      </section>
      <section aria-labelledby="impact-money" className="mt-8">
        <h2 id="impact-money" className="text-xl font-semibold text-stone-950">
          {t("impact.moneyHeading")}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-800">{t("impact.sales")}</dt>
            <MoneyTotals totals={data.sales_to_date} testId="impact-sales" />
          </div>
          <div className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-800">{t("impact.paid")}</dt>
            <MoneyTotals totals={data.paid_to_producers} testId="impact-paid" />
          </div>
        </dl>
        <p className="mt-3 max-w-3xl text-sm text-stone-800">{t("impact.note")}</p>
      </section>
    </>
  )
}
