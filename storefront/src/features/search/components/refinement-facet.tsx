import { useTranslation } from "react-i18next"
import { useRefinementList } from "react-instantsearch"
import type { FacetAttributeType } from "@/features/search/utils/search-url"

type RefinementFacetProps = {
  attribute: FacetAttributeType
  /** The value's label in the shopper's language; the code itself when unknown. */
  labelOf: (value: string) => string
  /** A search is running: no choices yet means they are on their way, not that there are none. */
  isSearching: boolean
}

/** A group of checkboxes, one per value the results have, with how many crafts each has. */
export function RefinementFacet({ attribute, labelOf, isSearching }: RefinementFacetProps) {
  const { t } = useTranslation()
  const { items, refine, canToggleShowMore, isShowingMore, toggleShowMore } = useRefinementList({
    attribute,
    limit: 8,
    showMore: true,
    showMoreLimit: 50,
    sortBy: ["isRefined", "count:desc", "name:asc"],
  })

  return (
    <fieldset className="border-t border-stone-200 pt-3">
      <legend className="text-base font-semibold text-stone-950">
        {t(`shop.facet.${attribute}`)}
      </legend>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-stone-700">{t(isSearching ? "shop.facetsLoading" : "shop.facetEmpty")}</p>
      ) : (
        <ul className="mt-1">
          {items.map((item) => (
            <li key={item.value}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 py-1 text-stone-900">
                <input
                  type="checkbox"
                  checked={item.isRefined}
                  onChange={() => refine(item.value)}
                  className="size-5 shrink-0 accent-red-800"
                />
                <span className="flex-1">{labelOf(item.value)}</span>
                <span className="text-sm text-stone-700">{item.count}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {canToggleShowMore ? (
        <button
          type="button"
          onClick={toggleShowMore}
          aria-expanded={isShowingMore}
          className="mt-1 min-h-11 text-sm font-medium text-red-900 underline underline-offset-4 hover:text-red-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
        >
          {isShowingMore ? t("shop.showLess") : t("shop.showMore")}
        </button>
      ) : null}
    </fieldset>
  )
}
