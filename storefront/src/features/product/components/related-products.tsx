import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ProductTile } from "@/components/product-tile"
import { useRelatedProducts, type RelatedInputType } from "@/features/product/api/search-related-products"
import { currentLanguage } from "@/lib/i18n"
import { formatMinorAmount } from "@/lib/money"
import { currencyOfPriceAttribute, localizedTitle, priceAttributeFor } from "@/lib/product-search"

type RelatedProductsProps = RelatedInputType & {
  heading: string
  headingId: string
  /** The shop, filtered the same way: where "see them all" leads. */
  shopUrl: string
  currencyCode: string
}

/** A row of products sharing the group or the craft; nothing at all when there are none. */
export function RelatedProducts({ heading, headingId, shopUrl, currencyCode, ...input }: RelatedProductsProps) {
  const { t, i18n } = useTranslation()
  const language = currentLanguage(i18n.resolvedLanguage)
  const related = useRelatedProducts(input)
  const priceAttribute = priceAttributeFor(currencyCode)
  const products = related.data?.products ?? []
  if (products.length === 0) return null

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold text-stone-950">
          {heading}
        </h2>
        <Link
          to={shopUrl}
          className="inline-flex min-h-11 items-center font-medium text-red-900 underline underline-offset-4 hover:text-red-950"
        >
          {t("product.related.seeAll")}
        </Link>
      </div>
      <ul aria-labelledby={headingId} className="mt-3 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-4">
        {products.map((product) => {
          const amount = product[priceAttribute]
          return (
            <li key={product.id}>
              <ProductTile
                product={{
                  handle: product.handle,
                  title: localizedTitle(product, language),
                  thumbnail: product.thumbnail ?? null,
                  groupName: product.producer_group_name ?? null,
                  price:
                    typeof amount === "number"
                      ? formatMinorAmount(amount, currencyOfPriceAttribute(priceAttribute), language)
                      : null,
                  isLivingHumanTreasure: Boolean(product.is_lht),
                  isSoldOut: product.in_stock === false,
                }}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
