import { useTranslation } from "react-i18next"
import { CartPage } from "@/features/cart/components/cart-page"
import { useDocumentTitle } from "@/lib/use-document-title"

export function CartRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("cart.title"))
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="mb-4 text-2xl font-bold text-stone-950 sm:text-3xl">{t("cart.title")}</h1>
      <CartPage />
    </div>
  )
}
