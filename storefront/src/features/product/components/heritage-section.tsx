import { CRAFTS, labelOf, MATERIALS, PEOPLES, PROVINCES } from "@sipakam/shared"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { ProductHeritageType } from "@/features/product/api/get-product"
import { currentLanguage } from "@/lib/i18n"

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-stone-200 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-950">{term}</dt>
      <dd className="mt-1 text-stone-800 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  )
}

/** Craft, technique, materials, dyes, where and by which people, why it matters, time and care. */
export function HeritageSection({ heritage, headingId }: { heritage: ProductHeritageType; headingId: string }) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const label = (list: Parameters<typeof labelOf>[0], code: string) => labelOf(list, code, language) ?? code
  const list = (codes: string[]) =>
    new Intl.ListFormat(language, { type: "conjunction" }).format(codes.map((code) => label(MATERIALS, code)))

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {t("product.heritage.heading")}
      </h2>
      <dl className="mt-3" data-testid="heritage">
        <Fact term={t("product.heritage.craft")}>{label(CRAFTS, heritage.craft)}</Fact>
        {heritage.technique ? <Fact term={t("product.heritage.technique")}>{heritage.technique}</Fact> : null}
        {heritage.materials.length ? (
          <Fact term={t("product.heritage.materials")}>{list(heritage.materials)}</Fact>
        ) : null}
        {heritage.naturalDyes.length ? (
          <Fact term={t("product.heritage.naturalDyes")}>{list(heritage.naturalDyes)}</Fact>
        ) : null}
        <Fact term={t("product.heritage.province")}>{label(PROVINCES, heritage.province)}</Fact>
        {heritage.people ? <Fact term={t("product.heritage.people")}>{label(PEOPLES, heritage.people)}</Fact> : null}
        {heritage.culturalSignificance ? (
          <Fact term={t("product.heritage.significance")}>{heritage.culturalSignificance}</Fact>
        ) : null}
        {heritage.hoursToMake !== null ? (
          <Fact term={t("product.heritage.hoursToMake")}>
            {t("product.heritage.hours", { count: heritage.hoursToMake })}
          </Fact>
        ) : null}
        {heritage.care ? <Fact term={t("product.heritage.care")}>{heritage.care}</Fact> : null}
      </dl>
    </section>
  )
}
