import { useTranslation } from "react-i18next"
import type { ProductVariantType } from "@/features/product/api/get-product"
import { formatMinorAmount } from "@/lib/money"

/** At or below this many units, the page says how few are left. */
const LOW_STOCK = 3

export function useStockLabel() {
  const { t } = useTranslation()
  return (variant: ProductVariantType): string => {
    if (variant.available === null) return t("product.stock.inStock")
    if (variant.available === 0) return t("product.stock.soldOut")
    if (variant.available <= LOW_STOCK) return t("product.stock.onlyLeft", { count: variant.available })
    return t("product.stock.inStock")
  }
}

type VariantPickerProps = {
  variants: ProductVariantType[]
  selectedId: string
  onSelect: (id: string) => void
}

/** One radio button per variant, each with its price and stock. */
export function VariantPicker({ variants, selectedId, onSelect }: VariantPickerProps) {
  const { t, i18n } = useTranslation()
  const stockLabel = useStockLabel()
  return (
    <fieldset className="mt-4">
      <legend className="font-semibold text-stone-950">{t("product.variantLegend")}</legend>
      <div className="mt-2 grid gap-2">
        {variants.map((variant) => (
          <label
            key={variant.id}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-red-800 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-red-800"
          >
            <input
              type="radio"
              name="variant"
              value={variant.id}
              checked={variant.id === selectedId}
              onChange={() => onSelect(variant.id)}
              className="size-5 accent-red-800"
            />
            <span className="flex-1 text-stone-900">{variant.title}</span>
            <span className="text-sm text-stone-700">{stockLabel(variant)}</span>
            <span className="font-medium text-red-900">
              {variant.priceMinor !== null && variant.currencyCode
                ? formatMinorAmount(variant.priceMinor, variant.currencyCode, i18n.language)
                : t("product.noPrice")}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
