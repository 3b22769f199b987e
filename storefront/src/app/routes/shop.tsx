import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { ProductSearch } from "@/features/search/components/product-search"
import { priceAttributeFor } from "@/lib/product-search"
import { useShopRegion } from "@/lib/region"
import { useDocumentTitle } from "@/lib/use-document-title"

export function ShopRoute() {
  const { t } = useTranslation()
  const region = useShopRegion()
  useDocumentTitle(t("shop.title"))
  // The search starts at once instead of after the region (one round trip sooner): in USD, the
  // currency of the usual default region, until the region is known. A region in another
  // currency searches again in it (a new InstantSearch, keyed by its price attribute); the
  // results wait for the region, so none is shown in the wrong currency. (Every widget is
  // mounted from the start: one added later would make InstantSearch search again.)
  const currencyCode = region.data?.currency_code ?? "usd"
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{t("shop.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-800">{t("shop.intro")}</p>
      <div className="mt-4">
        {region.isError ? (
          <ErrorNotice
            title={t("region.error")}
            error={region.error}
            onRetry={() => void region.refetch()}
            isRetrying={region.isFetching}
          />
        ) : (
          <ProductSearch
            key={priceAttributeFor(currencyCode)}
            currencyCode={currencyCode}
            isCurrencyKnown={!region.isPending}
          />
        )}
      </div>
    </div>
  )
}
