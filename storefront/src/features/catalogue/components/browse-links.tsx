import { CRAFTS, labelOf, PROVINCES } from "@sipakam/shared"
import { useRef } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import {
  useCatalogueFacets,
  type BrowseFacetType,
  type FacetValueType,
} from "@/features/catalogue/api/list-catalogue-facets"
import { currentLanguage } from "@/lib/i18n"
import { useNearViewport } from "@/lib/use-near-viewport"

const VOCABULARIES = { craft: CRAFTS, province: PROVINCES }

/**
 * The crafts (or provinces) the store sells, each a link to the shop narrowed to it, with how
 * many pieces it holds; nothing when they cannot be loaded (the shop's own filters remain).
 * They sit below the fold and are asked for when the shopper nears them: counting every craft
 * and province over the whole catalogue is one of the costliest searches (about 2 s on 10,000
 * products with the Postgres provider), and many visitors never scroll that far.
 */
export function BrowseLinks({ facet, labelledBy }: { facet: BrowseFacetType; labelledBy: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const facets = useCatalogueFacets({ enabled: useNearViewport(ref) })
  const values = facets.data?.[facet] ?? []
  let content = null
  if (values.length) {
    content = <BrowseList facet={facet} labelledBy={labelledBy} values={values} />
  } else if (facets.isPending) {
    content = (
      <p role="status" className="text-stone-700">
        {t("home.browseLoading")}
      </p>
    )
  }
  return <div ref={ref}>{content}</div>
}

type BrowseListProps = { facet: BrowseFacetType; labelledBy: string; values: FacetValueType[] }

function BrowseList({ facet, labelledBy, values }: BrowseListProps) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
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
