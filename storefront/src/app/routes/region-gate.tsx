import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ErrorNotice } from "@/components/error-notice"
import { useShopRegion, type RegionType } from "@/lib/region"

/** Renders its page once the shopper's region (and so the currency) is known. */
export function RegionGate({ children }: { children: (region: RegionType) => ReactNode }) {
  const { t } = useTranslation()
  const region = useShopRegion()
  if (region.isError) {
    return (
      <ErrorNotice title={t("region.error")} error={region.error} onRetry={() => void region.refetch()} isRetrying={region.isFetching} />
    )
  }
  if (region.isPending) {
    return (
      <p role="status" className="text-stone-700">
        {t("app.loadingPage")}
      </p>
    )
  }
  return region.data ? <>{children(region.data)}</> : <p className="text-stone-700">{t("region.none")}</p>
}
