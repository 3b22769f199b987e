import { useTranslation } from "react-i18next"
import { ProductTile } from "@/components/product-tile"
import { formatMinorAmount } from "@/lib/money"

/** A product as the group and maker pages list it (GET /store/producers/:handle, /store/makers/:handle). */
export type ListedProductType = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** The lowest price, in integer minor units. */
  price: { amount: number; currency_code: string } | null
}

type ListedProductsProps = {
  products: ListedProductType[]
  groupName: string | null
  headingId: string
  heading: string
}

/** The products of a group or a maker, as the shop's tiles. */
export function ListedProducts({ products, groupName, headingId, heading }: ListedProductsProps) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-xl font-semibold text-stone-950">
        {heading}
      </h2>
      {products.length ? (
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="listed-products">
          {products.map((product) => {
            const price = product.price
              ? formatMinorAmount(product.price.amount, product.price.currency_code, i18n.language)
              : null
            return (
              <li key={product.id}>
                <ProductTile
                  product={{
                    handle: product.handle,
                    title: product.title,
                    thumbnail: product.thumbnail,
                    groupName,
                    price: price ? t("catalogue.priceFrom", { price }) : null,
                    isLivingHumanTreasure: false,
                    isSoldOut: false,
                  }}
                />
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-2 text-stone-700">{t("listed.none")}</p>
      )}
    </section>
  )
}
