import { useTranslation } from "react-i18next"
import type { ProductPriceType } from "@/features/catalogue/api/list-products"
import { formatMedusaAmount } from "@/lib/money"

/** The price a product card shows, in the shopper's language: "$9.50", "From $35.00". */
export function useProductPrice(price: ProductPriceType | null): string {
  const { t, i18n } = useTranslation()
  if (!price) {
    return t("catalogue.noPrice")
  }
  const formatted = formatMedusaAmount(price.amount, price.currencyCode, i18n.language)
  return price.isFrom ? t("catalogue.priceFrom", { price: formatted }) : formatted
}
