import { useTranslation } from "react-i18next"
import { PRODUCTS_PAGE_SIZE } from "@/features/catalogue/api/list-products"

/** Placeholder cards the size of real ones, so the page does not jump when products arrive. */
export function ProductGridSkeleton() {
  const { t } = useTranslation()
  return (
    <div role="status" aria-live="polite">
      <p className="mb-4 text-sm text-stone-700">{t("catalogue.loading")}</p>
      <ul aria-hidden="true" className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: PRODUCTS_PAGE_SIZE }, (_, index) => (
          <li key={index} className="overflow-hidden rounded-lg border border-stone-200 bg-white">
            <div className="aspect-square w-full animate-pulse bg-stone-200 motion-reduce:animate-none" />
            <div className="space-y-2 p-3">
              <div className="h-4 w-3/4 rounded bg-stone-200" />
              <div className="h-4 w-1/3 rounded bg-stone-200" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
