import { useTranslation } from "react-i18next"
import { MakerCard } from "@/components/maker-card"
import type { ProductMakerType } from "@/features/product/api/get-product"

/**
 * The makers the API names. A maker who has not consented to a public profile comes as the API
 * words it ("An artisan of <group>"), with no portrait or story: shown exactly so.
 */
export function MakersSection({ makers, headingId }: { makers: ProductMakerType[]; headingId: string }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {t("product.makers.heading")}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2" data-testid="makers">
        {makers.map((maker) => (
          <MakerCard
            key={maker.id}
            name={maker.displayName}
            handle={maker.handle}
            portraitUrl={maker.portraitUrl}
            isLivingHumanTreasure={maker.isLivingHumanTreasure}
            lhtYear={maker.lhtYear}
          >
            {maker.story ? <p className="mt-1 text-sm text-stone-800">{maker.story}</p> : null}
          </MakerCard>
        ))}
      </ul>
    </section>
  )
}
