import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Portrait } from "@/components/portrait"
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
          <li key={maker.id} className="flex gap-4 rounded-lg border border-stone-200 bg-white p-4">
            <Portrait
              name={maker.displayName}
              url={maker.portraitUrl}
              alt={t("product.makers.portraitAlt", { name: maker.displayName })}
              size="md"
            />
            <div className="min-w-0">
              <h3 className="font-semibold text-stone-950">
                {maker.handle ? (
                  <Link
                    to={`/makers/${encodeURIComponent(maker.handle)}`}
                    className="text-red-900 underline underline-offset-4 hover:text-red-950"
                  >
                    {maker.displayName}
                  </Link>
                ) : (
                  maker.displayName
                )}
              </h3>
              {maker.isLivingHumanTreasure ? (
                <p className="mt-1 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">
                  {maker.lhtYear
                    ? t("product.makers.lhtSince", { year: maker.lhtYear })
                    : t("product.makers.lht")}
                </p>
              ) : null}
              {maker.story ? <p className="mt-1 text-sm text-stone-800">{maker.story}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
