import { labelOf, PROVINCES } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useProducerGroups } from "@/features/producers/api/list-producer-groups"
import { currentLanguage } from "@/lib/i18n"

/** A few producer groups, each leading to its page; nothing when they cannot be loaded. */
export function ProducerGroupList({ limit, labelledBy }: { limit: number; labelledBy: string }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const groups = useProducerGroups(limit)
  if (!groups.data?.length) {
    return groups.isPending ? (
      <p role="status" className="text-stone-700">
        {t("producer.loading")}
      </p>
    ) : null
  }
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="home-groups">
      {groups.data.map((group) => (
        <li key={group.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <Link
            to={`/producers/${encodeURIComponent(group.handle)}`}
            className="font-semibold text-red-900 underline underline-offset-4 hover:text-red-950"
          >
            {group.name}
          </Link>
          <p className="text-sm text-stone-800">
            {labelOf(PROVINCES, group.province, language) ?? group.province} ·{" "}
            {t("producer.artisansCount", { count: group.artisans_count })}
          </p>
        </li>
      ))}
    </ul>
  )
}
