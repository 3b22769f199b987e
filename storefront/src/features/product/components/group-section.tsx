import { labelOf, PROVINCES } from "@sipakam/shared"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { ProductGroupType } from "@/features/product/api/get-product"
import { currentLanguage } from "@/lib/i18n"

export function GroupSection({ group, headingId }: { group: ProductGroupType; headingId: string }) {
  const { t, i18n } = useTranslation()
  const province = labelOf(PROVINCES, group.province, currentLanguage(i18n.resolvedLanguage)) ?? group.province
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {t("product.group.heading")}
      </h2>
      <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="producer-group">
        <p className="text-lg font-semibold text-stone-950">
          <Link
            to={`/producers/${encodeURIComponent(group.handle)}`}
            className="text-red-900 underline underline-offset-4 hover:text-red-950"
          >
            {group.name}
          </Link>
        </p>
        <p className="text-stone-800">
          {group.village ? t("product.group.location", { village: group.village, province }) : province}
        </p>
        <Link
          to={`/shop?group=${encodeURIComponent(group.handle)}`}
          className="mt-2 inline-flex min-h-11 items-center font-medium text-red-900 underline underline-offset-4 hover:text-red-950"
        >
          {t("product.group.allCrafts", { group: group.name })}
        </Link>
      </div>
    </section>
  )
}
