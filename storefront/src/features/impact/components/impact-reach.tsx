import { useTranslation } from "react-i18next"
import type { ImpactType } from "@/features/impact/api/get-impact"

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <dt className="text-sm text-stone-800">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-stone-950" data-testid={testId}>
        {value}
      </dd>
    </div>
  )
}

/** Who the platform reaches: groups, provinces, artisans, and women and indigenous shares as totals. */
export function ImpactReach({ impact }: { impact: ImpactType }) {
  const { t, i18n } = useTranslation()
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value)
  const percent = (value: number) => new Intl.NumberFormat(i18n.language, { style: "percent" }).format(value / 100)
  return (
    <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Stat label={t("impact.groups")} value={number(impact.producer_groups)} testId="impact-groups" />
      <Stat label={t("impact.provinces")} value={number(impact.provinces)} testId="impact-provinces" />
      <Stat label={t("impact.artisans")} value={number(impact.artisans)} testId="impact-artisans" />
      {impact.women_percent !== null ? (
        <Stat label={t("impact.women")} value={percent(impact.women_percent)} testId="impact-women" />
      ) : null}
      {impact.indigenous_percent !== null ? (
        <Stat label={t("impact.indigenous")} value={percent(impact.indigenous_percent)} testId="impact-indigenous" />
      ) : null}
    </dl>
  )
}
