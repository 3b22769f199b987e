import { CRAFTS, labelOf, PROVINCES } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useCatalogueFacets, type BrowseFacetType } from "@/features/catalog/api/list-catalogue-facets"
import { currentLanguage } from "@/lib/i18n"

const VOCABULARIES = { craft: CRAFTS, province: PROVINCES }

/**
 * The crafts (or provinces) the store sells, each a link to the shop narrowed to it, with how
 * many pieces it holds; nothing when they cannot be loaded (the shop's own filters remain).
 */
export function BrowseLinks({ facet, labelledBy }: { facet: BrowseFacetType; labelledBy: string }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const facets = useCatalogueFacets()
  const values = facets.data?.[facet] ?? []
  if (!values.length) {
    return facets.isPending ? (
      <p role="status" className="text-stone-700">
        {t("home.browseLoading")}
      </p>
    ) : null
  }
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-wrap gap-2" data-testid={`home-browse-${facet}`}>
      {values.map(({ value, count }) => (
        <li key={value}>
          <Link
            to={`/shop?${new URLSearchParams({ [facet]: value })}`}
            className="inline-flex min-h-11 items-center gap-2 rounded-full border border-stone-300 bg-white px-4 text-stone-900 hover:border-red-900 hover:text-red-950"
          >
            <span className="font-medium">{labelOf(VOCABULARIES[facet], value, language) ?? value}</span>
            <span className="text-sm text-stone-700">{t("home.browseCount", { count })}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
