import { useTranslation } from "react-i18next"
import { useToggleRefinement } from "react-instantsearch"
import { IN_STOCK_ATTRIBUTE } from "@/features/search/utils/search-url"

export function InStockToggle() {
  const { t } = useTranslation()
  const { value, refine } = useToggleRefinement({ attribute: IN_STOCK_ATTRIBUTE, on: true })
  return (
    <div className="border-t border-stone-200 pt-3">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold text-stone-950">
        <input
          type="checkbox"
          checked={value.isRefined}
          onChange={() => refine({ isRefined: value.isRefined })}
          className="size-5 shrink-0 accent-red-800"
        />
        {t("shop.inStock")}
      </label>
    </div>
  )
}
