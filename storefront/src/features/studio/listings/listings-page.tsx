import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { LISTING_STATUSES, type ListingStatusType, useStudioProducts } from "@/features/studio/api/products"
import { StudioError, StudioLoading, StudioPageTitle, studioButtonClass, studioInputClass } from "@/features/studio/components/studio-ui"
import { ListingCard } from "@/features/studio/listings/listing-card"
import { OutboxPanel } from "@/features/studio/offline/outbox-panel"

const PAGE_SIZE = 20

const isStatus = (value: string | null): value is ListingStatusType =>
  LISTING_STATUSES.includes(value as ListingStatusType)

/** The group's listings by status and words, each with its stock and price a tap away. */
export function ListingsPage() {
  const { t } = useTranslation("studio")
  const [params, setParams] = useSearchParams()
  const statusParam = params.get("status")
  const status = isStatus(statusParam) ? statusParam : undefined
  const q = params.get("q") ?? ""
  const [search, setSearch] = useState(q)
  const [limit, setLimit] = useState(PAGE_SIZE)
  useEffect(() => setSearch(q), [q])
  useEffect(() => setLimit(PAGE_SIZE), [status, q])
  const products = useStudioProducts({ status, q: q || undefined, limit })

  const setFilter = (changes: { status?: string | null; q?: string }) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  const tabs: { value: ListingStatusType | null; label: string }[] = [
    { value: null, label: t("listings.tabs.all") },
    ...LISTING_STATUSES.map((value) => ({ value, label: t(`listings.tabs.${value}`) })),
  ]

  return (
    <div className="space-y-4">
      <StudioPageTitle>{t("listings.title")}</StudioPageTitle>
      <Link to="/studio/listings/new" className={`${studioButtonClass} w-full text-lg`}>
        {t("listings.add")}
      </Link>
      <OutboxPanel />
      <nav aria-label={t("listings.tabs.label")}>
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const current = (tab.value ?? undefined) === status
            return (
              <li key={tab.value ?? "all"}>
                <button
                  type="button"
                  aria-pressed={current}
                  onClick={() => setFilter({ status: tab.value })}
                  className={`min-h-12 rounded-full border-2 px-4 text-base font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 ${
                    current ? "border-red-800 bg-red-800 text-white" : "border-stone-300 bg-white text-stone-900"
                  }`}
                >
                  {tab.label}
                </button>
              </li>
            )
          })}
        </ul>
      </nav>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          setFilter({ q: search.trim() })
        }}
      >
        <label htmlFor="listings-q" className="block text-base font-semibold text-stone-900">
          {t("listings.search")}
        </label>
        <div className="flex gap-2">
          <input
            id="listings-q"
            type="search"
            className={studioInputClass}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="submit" className={`${studioButtonClass} mt-1 shrink-0`}>
            {t("listings.searchButton")}
          </button>
        </div>
      </form>
      {products.isPending ? <StudioLoading /> : null}
      {products.isError ? <StudioError error={products.error} onRetry={() => void products.refetch()} /> : null}
      {products.data ? (
        <>
          <p role="status" className="text-base text-stone-700">
            {products.data.count ? t("listings.count", { count: products.data.count }) : t("listings.none")}
          </p>
          <div className="space-y-4">
            {products.data.products.map((product) => (
              <ListingCard key={product.id} product={product} />
            ))}
          </div>
          {products.data.count > products.data.products.length ? (
            <button
              type="button"
              className={`${studioButtonClass} w-full`}
              disabled={products.isFetching}
              onClick={() => setLimit((shown) => Math.min(100, shown + PAGE_SIZE))}
            >
              {t("listings.showMore")}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
