import { useCallback, useEffect, useId, useRef, useState } from "react"
import { CRAFTS, labelOf, MATERIALS, PEOPLES, PROVINCES, type VocabularyEntry } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import {
  Configure,
  InstantSearch,
  useClearRefinements,
  useCurrentRefinements,
  useInstantSearch,
} from "react-instantsearch"
import { useProducerNames } from "@/features/search/api/list-producer-names"
import { createFacetsOnDemandClient } from "@/features/search/api/search-client"
import { FilterPanel } from "@/features/search/components/filter-panel"
import { InStockToggle } from "@/features/search/components/in-stock-toggle"
import { PriceRange } from "@/features/search/components/price-range"
import { RefinementFacet } from "@/features/search/components/refinement-facet"
import { SearchBox } from "@/features/search/components/search-box"
import { SearchPagination } from "@/features/search/components/search-pagination"
import { SearchResults } from "@/features/search/components/search-results"
import { SortSelect } from "@/features/search/components/sort-select"
import { useMediaQuery } from "@/features/search/hooks/use-media-query"
import { useSearchRouting } from "@/features/search/hooks/use-search-routing"
import { PRODUCT_INDEX, type FacetAttributeType } from "@/features/search/utils/search-url"
import { currentLanguage } from "@/lib/i18n"
import { currencyOfPriceAttribute, priceAttributeFor } from "@/lib/product-search"

const HITS_PER_PAGE = 12

/** Below this width the filters are a drawer (a dialog) rather than a sidebar. */
const SMALL_SCREEN = "(max-width: 1023px)"

const VOCABULARIES: Partial<Record<FacetAttributeType, readonly VocabularyEntry[]>> = {
  craft: CRAFTS,
  province: PROVINCES,
  people: PEOPLES,
  materials: MATERIALS,
}

const FACETS: readonly FacetAttributeType[] = ["craft", "province", "people", "materials", "producer_group"]

/** The values a facet has in the results (none before the first results arrive). */
function facetValuesOf(results: ReturnType<typeof useInstantSearch>["results"], attribute: FacetAttributeType) {
  if (!results || results.__isArtificial) return []
  const facet = [...results.disjunctiveFacets, ...results.facets].find((candidate) => candidate.name === attribute)
  return Object.keys(facet?.data ?? {})
}

function useFacetLabels() {
  const { i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  // The facet's values are group handles: their names are asked for once the results name them.
  const { results } = useInstantSearch()
  const producerNames = useProducerNames(facetValuesOf(results, "producer_group"))
  return useCallback(
    (attribute: FacetAttributeType) => (value: string) => {
      const vocabulary = VOCABULARIES[attribute]
      if (vocabulary) return labelOf(vocabulary, value, language) ?? value
      return producerNames.data?.[value] ?? value
    },
    [language, producerNames.data]
  )
}

function ClearFilters() {
  const { t } = useTranslation()
  const { canRefine, refine } = useClearRefinements()
  if (!canRefine) return null
  return (
    <button
      type="button"
      onClick={refine}
      className="min-h-11 text-sm font-medium text-red-900 underline underline-offset-4 hover:text-red-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
    >
      {t("shop.clearAll")}
    </button>
  )
}

type SearchLayoutProps = {
  priceAttribute: "price_usd" | "price_eur"
  /** False while the shopper's region is on its way: the results wait rather than show guessed prices. */
  isCurrencyKnown: boolean
  isSmallScreen: boolean
  /** See createFacetsOnDemandClient: true when the facets were not asked for until now. */
  requestFacets: () => boolean
}

function SearchLayout({ priceAttribute, isCurrencyKnown, isSmallScreen, requestFacets }: SearchLayoutProps) {
  const { t } = useTranslation()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null)
  const resultsHeadingId = useId()
  const labelsOf = useFacetLabels()
  const { items: refinements } = useCurrentRefinements()
  const { results, refresh, status } = useInstantSearch()
  // The first results, or the facets asked for when the drawer opens, are on their way.
  const isSearching = status === "loading" || status === "stalled"
  const refinementCount = refinements.reduce((sum, item) => sum + item.refinements.length, 0)

  // The filters' choices are asked for once they can be seen: in the sidebar at once, in the
  // drawer when the shopper first opens it.
  const showFacets = useCallback(() => {
    if (requestFacets()) refresh()
  }, [requestFacets, refresh])
  useEffect(() => {
    if (!isSmallScreen) showFacets()
  }, [isSmallScreen, showFacets])

  const focusResults = () => {
    resultsHeadingRef.current?.focus()
    resultsHeadingRef.current?.scrollIntoView({ block: "start" })
  }

  return (
    <div className="mt-6 flex gap-8">
      <FilterPanel
        isDialog={isSmallScreen}
        isOpen={filtersOpen}
        onClose={() => setFiltersOpen(false)}
        closeLabel={t("shop.showResults", { count: results?.nbHits ?? 0 })}
      >
        <ClearFilters />
        {FACETS.map((attribute) => (
          <RefinementFacet
            key={attribute}
            attribute={attribute}
            labelOf={labelsOf(attribute)}
            isSearching={isSearching}
          />
        ))}
        <PriceRange attribute={priceAttribute} currencyCode={currencyOfPriceAttribute(priceAttribute)} />
        <InStockToggle />
      </FilterPanel>
      <div className="min-w-0 flex-1">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          {isSmallScreen ? (
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => {
                setFiltersOpen(true)
                showFacets()
              }}
              className="min-h-11 rounded-md border border-stone-400 bg-white px-4 font-medium text-stone-900 hover:border-stone-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
            >
              {refinementCount > 0
                ? t("shop.openFiltersCount", { count: refinementCount })
                : t("shop.openFilters")}
            </button>
          ) : (
            <span />
          )}
          <SortSelect priceAttribute={priceAttribute} />
        </div>
        <SearchResults
          ref={resultsHeadingRef}
          priceAttribute={priceAttribute}
          isCurrencyKnown={isCurrencyKnown}
          headingId={resultsHeadingId}
        />
        <SearchPagination onPageChange={focusResults} />
      </div>
    </div>
  )
}

type ProductSearchProps = {
  /** The region's currency: prices are filtered, sorted and shown in it (USD unless EUR). */
  currencyCode: string
  /** False while `currencyCode` is a guess: the search runs, but its results are not shown yet. */
  isCurrencyKnown: boolean
}

/** The shop: instant search with facets over the product index, its state in the URL. */
export function ProductSearch({ currencyCode, isCurrencyKnown }: ProductSearchProps) {
  const priceAttribute = priceAttributeFor(currencyCode)
  const routing = useSearchRouting("/shop", priceAttribute)
  const isSmallScreen = useMediaQuery(SMALL_SCREEN)
  const [{ searchClient, requestFacets }] = useState(() => createFacetsOnDemandClient(!isSmallScreen))
  return (
    <InstantSearch
      indexName={PRODUCT_INDEX}
      searchClient={searchClient}
      routing={routing}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure hitsPerPage={HITS_PER_PAGE} />
      <SearchBox />
      <SearchLayout
        priceAttribute={priceAttribute}
        isCurrencyKnown={isCurrencyKnown}
        isSmallScreen={isSmallScreen}
        requestFacets={requestFacets}
      />
    </InstantSearch>
  )
}
