import { useDeferredValue, useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { useProducts } from "@/features/catalogue/api/list-products"
import { ProductCard } from "@/features/catalogue/components/product-card"
import { ProductGridSkeleton } from "@/features/catalogue/components/product-grid-skeleton"
import { ErrorNotice } from "@/components/error-notice"

/** Cards of the first row or two load their photos eagerly; the rest wait until scrolled to. */
const EAGER_IMAGES = 4

type ProductGridProps = {
  regionId: string
  /** The id of the heading that names this list. */
  labelledBy: string
}

/** The region's products, newest first, a page at a time. */
export function ProductGrid({ regionId, labelledBy }: ProductGridProps) {
  const { t } = useTranslation()
  const query = useProducts(regionId)
  // The cards render as a transition: React builds them a few milliseconds at a time, so a slow
  // phone keeps answering taps and scrolls while a page of products is put together.
  const data = useDeferredValue(query.data)
  const listRef = useRef<HTMLUListElement>(null)
  // Index of the first card of a page the shopper asked for; it gets focus once it is there,
  // so keyboard and screen-reader users carry on from the new products (and the button may
  // disappear after the last page).
  const focusFromRef = useRef<number | null>(null)
  const shown = data?.pages.reduce((sum, page) => sum + page.products.length, 0) ?? 0

  useEffect(() => {
    const index = focusFromRef.current
    if (index === null || shown <= index) {
      return
    }
    focusFromRef.current = null
    const item = listRef.current?.children.item(index)
    if (item instanceof HTMLElement) {
      item.focus()
    }
  }, [shown])

  // Placeholder data is the other language's list: failing to replace it is an error too.
  if (query.isError && (!query.data || query.isPlaceholderData)) {
    return (
      <ErrorNotice
        title={t("catalogue.error")}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }

  if (!data) {
    return <ProductGridSkeleton />
  }

  const products = data.pages.flatMap((page) => page.products)
  const total = data.pages.at(-1)?.count ?? products.length
  if (products.length === 0) {
    return <p className="text-stone-700">{t("catalogue.empty")}</p>
  }

  return (
    <>
      <ul
        ref={listRef}
        aria-labelledby={labelledBy}
        className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4"
      >
        {products.map((product, index) => (
          <li
            key={product.id}
            tabIndex={-1}
            className="rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
          >
            <ProductCard product={product} isPriority={index < EAGER_IMAGES} />
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-col items-center gap-3">
        <p role="status" aria-live="polite" className="text-sm text-stone-700">
          {t("catalogue.showing", { shown, total })}
        </p>
        {query.isFetchNextPageError ? (
          <p role="alert" className="text-sm font-medium text-red-900">
            {t("catalogue.loadMoreError")} {t("errors.hint")}
          </p>
        ) : null}
        {query.hasNextPage ? (
          // aria-disabled rather than disabled: a disabled button drops keyboard focus.
          <button
            type="button"
            aria-disabled={query.isFetchingNextPage}
            onClick={() => {
              if (query.isFetchingNextPage) return
              focusFromRef.current = products.length
              void query.fetchNextPage()
            }}
            className="inline-flex min-h-11 items-center rounded-md bg-red-800 px-5 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-70"
          >
            {query.isFetchingNextPage ? t("catalogue.loadingMore") : t("catalogue.loadMore")}
          </button>
        ) : null}
      </div>
    </>
  )
}
