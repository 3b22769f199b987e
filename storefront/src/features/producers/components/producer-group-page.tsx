import { labelOf, PROVINCES } from "@sipakam/shared"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { MakerCard } from "@/components/maker-card"
import { ListedProducts } from "@/components/listed-products"
import { PageState } from "@/components/page-state"
import {
  useProducerGroup,
  type ArtisanSummaryType,
  type ProducerGroupType,
} from "@/features/producers/api/get-producer-group"
import { currentLanguage } from "@/lib/i18n"
import { useDocumentTitle } from "@/lib/use-document-title"

function ImpactFacts({ impact, headingId }: { impact: ArtisanSummaryType; headingId: string }) {
  const { t, i18n } = useTranslation()
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: "percent" }).format(value / 100)
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {t("producer.impactHeading")}
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3" data-testid="group-impact">
        <div>
          <dt className="text-sm text-stone-800">{t("impact.artisans")}</dt>
          <dd className="text-2xl font-bold text-stone-950">{impact.artisans}</dd>
        </div>
        {impact.women_percent !== null ? (
          <div>
            <dt className="text-sm text-stone-800">{t("impact.women")}</dt>
            <dd className="text-2xl font-bold text-stone-950">{percent(impact.women_percent)}</dd>
          </div>
        ) : null}
        {impact.indigenous_percent !== null ? (
          <div>
            <dt className="text-sm text-stone-800">{t("impact.indigenous")}</dt>
            <dd className="text-2xl font-bold text-stone-950">{percent(impact.indigenous_percent)}</dd>
          </div>
        ) : null}
      </dl>
      {impact.women_percent === null ? <p className="mt-2 text-sm text-stone-800">{t("impact.smallGroup")}</p> : null}
    </section>
  )
}

function GroupDetails({ group }: { group: ProducerGroupType }) {
  const { t, i18n } = useTranslation()
  useDocumentTitle(group.name)
  const ids = { impact: useId(), makers: useId(), products: useId() }
  const province = labelOf(PROVINCES, group.province, currentLanguage(i18n.resolvedLanguage)) ?? group.province
  return (
    <article>
      <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{group.name}</h1>
      <p className="mt-1 text-stone-800">
        {group.village ? t("product.group.location", { village: group.village, province }) : province}
      </p>
      {group.story ? (
        <div className="mt-4 max-w-3xl space-y-3 text-stone-800" data-testid="group-story">
          {group.story.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <ImpactFacts impact={group.impact} headingId={ids.impact} />
      <section aria-labelledby={ids.makers} className="mt-10">
        <h2 id={ids.makers} className="text-xl font-semibold text-stone-950">
          {t("producer.makersHeading")}
        </h2>
        {group.makers.length ? (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2" data-testid="group-makers">
            {group.makers.map((maker) => (
              <MakerCard
                key={maker.id}
                name={maker.display_name}
                handle={maker.handle}
                portraitUrl={maker.portrait_url}
                isLivingHumanTreasure={maker.is_living_human_treasure}
                lhtYear={maker.lht_year}
              />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">{t("producer.noPublicMakers")}</p>
        )}
      </section>
      <ListedProducts
        products={group.products}
        groupName={group.name}
        headingId={ids.products}
        heading={t("producer.productsHeading", { group: group.name })}
      />
    </article>
  )
}

/** A producer group's page: story, impact as totals, makers who consented, products. */
export function ProducerGroupPage({ handle, currencyCode }: { handle: string; currencyCode: string }) {
  const { t } = useTranslation()
  const group = useProducerGroup(handle, currencyCode)
  return (
    <PageState
      query={group}
      loading={t("producer.loading")}
      error={t("producer.error")}
      notFound={{ title: t("producer.notFoundTitle"), body: t("producer.notFoundBody") }}
    >
      {(data) => <GroupDetails group={data} />}
    </PageState>
  )
}
