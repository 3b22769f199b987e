import { lazy, Suspense } from "react"
import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { ProductGrid } from "@/features/catalogue/components/product-grid"
import { ProductGridSkeleton } from "@/features/catalogue/components/product-grid-skeleton"
import { useShopRegion } from "@/lib/region"

const HomeDiscover = lazy(() =>
  import("@/app/routes/home-discover").then((module) => ({ default: module.HomeDiscover }))
)

const PRODUCTS_HEADING_ID = "home-products-heading"

function HomeProducts() {
  const { t } = useTranslation()
  const region = useShopRegion()

  if (region.isPending) {
    return <ProductGridSkeleton />
  }
  if (region.isError) {
    return (
      <ErrorNotice
        title={t("region.error")}
        error={region.error}
        onRetry={() => void region.refetch()}
        isRetrying={region.isFetching}
      />
    )
  }
  if (!region.data) {
    return <p className="text-stone-700">{t("region.none")}</p>
  }
  return <ProductGrid regionId={region.data.id} labelledBy={PRODUCTS_HEADING_ID} />
}

export function HomeRoute() {
  const { t } = useTranslation()
  return (
    <>
      <section aria-labelledby="home-title" className="border-b border-amber-200 bg-amber-50">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
          <h1 id="home-title" className="max-w-3xl text-2xl font-bold text-stone-950 sm:text-4xl">
            {t("home.title")}
          </h1>
          <p className="mt-3 max-w-2xl text-base text-stone-800 sm:text-lg">{t("home.intro")}</p>
        </div>
      </section>
      <section aria-labelledby={PRODUCTS_HEADING_ID} className="mx-auto max-w-6xl px-4 py-8">
        <h2 id={PRODUCTS_HEADING_ID} className="mb-4 text-xl font-semibold text-stone-950 sm:text-2xl">
          {t("home.productsHeading")}
        </h2>
        <HomeProducts />
      </section>
      <Suspense fallback={null}>
        <HomeDiscover />
      </Suspense>
    </>
  )
}
