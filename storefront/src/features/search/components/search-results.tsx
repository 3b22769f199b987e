import { forwardRef } from "react"
import { useTranslation } from "react-i18next"
import { useClearRefinements, useHits, useInstantSearch } from "react-instantsearch"
import { ProductTile } from "@/components/product-tile"
import { currentLanguage, type LanguageType } from "@/lib/i18n"
import { formatMinorAmount } from "@/lib/money"
import {
  currencyOfPriceAttribute,
  localizedTitle,
  type ProductSearchDocumentType,
} from "@/lib/product-search"
import type { PriceAttributeType } from "@/features/search/utils/search-url"

/** Photos of the first row or two load at once; the rest when scrolled to. */
const EAGER_IMAGES = 4

type HitType = ProductSearchDocumentType & { objectID: string }

function toTile(hit: HitType, language: LanguageType, priceAttribute: PriceAttributeType) {
  const amount = hit[priceAttribute]
  return {
    handle: hit.handle,
    title: localizedTitle(hit, language),
    thumbnail: hit.thumbnail ?? null,
    groupName: hit.producer_group_name ?? null,
    price:
      typeof amount === "number"
        ? formatMinorAmount(amount, currencyOfPriceAttribute(priceAttribute), language)
        : null,
    isLivingHumanTreasure: Boolean(hit.is_lht),
    isSoldOut: hit.in_stock === false,
  }
}

type SearchResultsProps = {
  priceAttribute: PriceAttributeType
  /** Until the shopper's region is known the results wait, rather than show guessed prices. */
  isCurrencyKnown: boolean
  headingId: string
}

/** The count, the cards, or what to do when nothing matches. The heading takes focus on a new page. */
export const SearchResults = forwardRef<HTMLHeadingElement, SearchResultsProps>(function SearchResults(
  { priceAttribute, isCurrencyKnown, headingId },
  headingRef
) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const { items, results } = useHits<HitType>()
  const { status, error } = useInstantSearch({ catchError: true })
  const clear = useClearRefinements()
  const count = results?.nbHits ?? 0
  const hasResults = isCurrencyKnown && Boolean(results && results.__isArtificial !== true)

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="sr-only">
        {t("shop.resultsHeading")}
      </h2>
      <p
        role="status"
        aria-live="polite"
        data-testid="result-count"
        className="mb-3 text-sm font-medium text-stone-800"
      >
        {status === "stalled" || !hasResults ? t("shop.searching") : t("shop.results", { count })}
      </p>
      {status === "error" && error ? (
        <p role="alert" className="mb-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
          {t("shop.error")} {t("errors.hint")}
        </p>
      ) : null}
      {hasResults && count === 0 ? (
        <div className="rounded-lg border border-stone-200 bg-white p-6 text-center">
          <p className="text-lg font-semibold text-stone-950">{t("shop.emptyTitle")}</p>
          <p className="mt-1 text-stone-700">{t("shop.emptyBody")}</p>
          {clear.canRefine ? (
            <button
              type="button"
              onClick={clear.refine}
              className="mt-4 inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
            >
              {t("shop.clearAll")}
            </button>
          ) : null}
        </div>
      ) : (
        <ul aria-labelledby={headingId} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3">
          {items.map((hit, index) => (
            <li key={hit.objectID}>
              <ProductTile product={toTile(hit, language, priceAttribute)} isPriority={index < EAGER_IMAGES} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
