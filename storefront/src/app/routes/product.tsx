import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { ErrorNotice } from "@/components/error-notice"
import { ProductPage } from "@/features/product/components/product-page"
import { useShopRegion } from "@/lib/region"

export function ProductRoute() {
  const { t } = useTranslation()
  const { handle = "" } = useParams()
  const region = useShopRegion()
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <nav aria-label={t("product.breadcrumb")} className="mb-4 text-sm">
        <Link to="/shop" className="font-medium text-red-900 underline underline-offset-4 hover:text-red-950">
          {t("product.backToShop")}
        </Link>
      </nav>
      {region.isError ? (
        <ErrorNotice
          title={t("region.error")}
          error={region.error}
          onRetry={() => void region.refetch()}
          isRetrying={region.isFetching}
        />
      ) : region.isPending ? (
        <p role="status" className="text-stone-700">
          {t("product.loading")}
        </p>
      ) : region.data ? (
        <ProductPage key={handle} handle={handle} region={region.data} />
      ) : (
        <p className="text-stone-700">{t("region.none")}</p>
      )}
    </div>
  )
}
