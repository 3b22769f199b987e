import { CRAFTS, labelOf } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Portrait } from "@/components/portrait"
import { useMakers } from "@/features/makers/api/list-makers"
import { currentLanguage } from "@/lib/i18n"

/**
 * Makers with a public profile, Living Human Treasures first, each leading to their story;
 * nothing when there are none or they cannot be loaded (the page has more to offer).
 */
export function FeaturedMakers({ limit, labelledBy }: { limit: number; labelledBy: string }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const makers = useMakers(limit)
  if (!makers.data?.length) {
    return makers.isPending ? (
      <p role="status" className="text-stone-700">
        {t("home.makersLoading")}
      </p>
    ) : null
  }
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="home-makers">
      {makers.data.map((maker) => {
        const crafts = (maker.crafts ?? []).map((craft) => labelOf(CRAFTS, craft, language) ?? craft)
        return (
          <li key={maker.id} className="flex gap-3 rounded-lg border border-stone-200 bg-white p-4">
            <Portrait
              name={maker.display_name}
              url={maker.portrait_url}
              alt={t("product.makers.portraitAlt", { name: maker.display_name })}
              size="md"
            />
            <div className="min-w-0">
              <Link
                to={`/makers/${encodeURIComponent(maker.handle)}`}
                className="font-semibold text-red-900 underline underline-offset-4 hover:text-red-950"
              >
                {maker.display_name}
              </Link>
              {maker.is_living_human_treasure ? (
                <p className="mt-1 text-sm font-medium text-amber-950">
                  {maker.lht_year
                    ? t("product.makers.lhtSince", { year: maker.lht_year })
                    : t("product.makers.lht")}
                </p>
              ) : null}
              <p className="mt-1 text-sm text-stone-800">
                {crafts.length ? `${crafts.join(", ")} · ` : ""}
                {maker.group.name}
              </p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
