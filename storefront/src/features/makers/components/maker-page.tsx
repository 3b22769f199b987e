import { CRAFTS, labelOf } from "@sipakam/shared"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Portrait } from "@/components/portrait"
import { ListedProducts } from "@/components/listed-products"
import { PageState } from "@/components/page-state"
import { useMaker, type MakerType } from "@/features/makers/api/get-maker"
import { currentLanguage } from "@/lib/i18n"
import { useDocumentTitle } from "@/lib/use-document-title"

function MakerDetails({ maker }: { maker: MakerType }) {
  const { t, i18n } = useTranslation()
  useDocumentTitle(maker.display_name)
  const productsId = useId()
  const language = currentLanguage(i18n.resolvedLanguage)
  const crafts = (maker.crafts ?? []).map((craft) => labelOf(CRAFTS, craft, language) ?? craft)
  return (
    <article>
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <Portrait
          name={maker.display_name}
          url={maker.portrait_url}
          alt={t("product.makers.portraitAlt", { name: maker.display_name })}
          size="lg"
        />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-stone-950 sm:text-3xl">{maker.display_name}</h1>
          <p className="mt-1 text-stone-800">
            {t("maker.ofGroup")}{" "}
            <Link
              to={`/producers/${encodeURIComponent(maker.group.handle)}`}
              className="font-medium text-red-900 underline underline-offset-4 hover:text-red-950"
            >
              {maker.group.name}
            </Link>
          </p>
          {maker.is_living_human_treasure ? (
            <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-950">
              {maker.lht_year ? t("product.makers.lhtSince", { year: maker.lht_year }) : t("product.makers.lht")}
            </p>
          ) : null}
          {crafts.length ? (
            <p className="mt-2 text-stone-800" data-testid="maker-crafts">
              {t("maker.crafts", { crafts: crafts.join(", ") })}
            </p>
          ) : null}
          {maker.story ? (
            <div className="mt-4 max-w-3xl space-y-3 text-stone-800" data-testid="maker-story">
              {maker.story.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
        </div>
      </div>
      <ListedProducts
        products={maker.products}
        groupName={maker.group.name}
        headingId={productsId}
        heading={t("maker.productsHeading", { name: maker.display_name })}
      />
    </article>
  )
}

/** A maker's public profile: portrait, story, crafts, group, and what they made. */
export function MakerPage({ handle, currencyCode }: { handle: string; currencyCode: string }) {
  const { t } = useTranslation()
  const maker = useMaker(handle, currencyCode)
  return (
    <PageState
      query={maker}
      loading={t("maker.loading")}
      error={t("maker.error")}
      notFound={{ title: t("maker.notFoundTitle"), body: t("maker.notFoundBody") }}
    >
      {(data) => <MakerDetails maker={data} />}
    </PageState>
  )
}
