import { useId } from "react"
import { useTranslation } from "react-i18next"
import { useSortBy } from "react-instantsearch"
import { indexForSort, type PriceAttributeType } from "@/features/search/utils/search-url"

export function SortSelect({ priceAttribute }: { priceAttribute: PriceAttributeType }) {
  const { t } = useTranslation()
  const id = useId()
  const { currentRefinement, options, refine } = useSortBy({
    items: [
      { value: indexForSort(undefined, priceAttribute), label: t("shop.sort.relevance") },
      { value: indexForSort("price-asc", priceAttribute), label: t("shop.sort.priceAsc") },
      { value: indexForSort("price-desc", priceAttribute), label: t("shop.sort.priceDesc") },
      { value: indexForSort("newest", priceAttribute), label: t("shop.sort.newest") },
    ],
  })
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium whitespace-nowrap text-stone-900">
        {t("shop.sortLabel")}
      </label>
      <select
        id={id}
        value={currentRefinement}
        onChange={(event) => refine(event.target.value)}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-2 text-base text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
