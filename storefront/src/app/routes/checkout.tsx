import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { CheckoutPage } from "@/features/checkout/components/checkout-page"
import { useDocumentTitle } from "@/lib/use-document-title"

export function CheckoutRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("checkout.title"))
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <nav aria-label={t("product.breadcrumb")} className="mb-4 text-sm">
        <Link to="/cart" className="font-medium text-red-900 underline underline-offset-4 hover:text-red-950">
          {t("checkout.backToCart")}
        </Link>
      </nav>
      <h1 className="mb-4 text-2xl font-bold text-stone-950 sm:text-3xl">{t("checkout.title")}</h1>
      <CheckoutPage />
    </div>
  )
}
