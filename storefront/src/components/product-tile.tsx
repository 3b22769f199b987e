import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { photoSrcSet } from "@/lib/photo-sizes"

export type ProductTileType = {
  handle: string
  title: string
  thumbnail: string | null
  groupName: string | null
  /** Already formatted by the money formatter, or null when the product has no price. */
  price: string | null
  isLivingHumanTreasure: boolean
  isSoldOut: boolean
}

type ProductTileProps = {
  product: ProductTileType
  /** Above the fold: load the photo at once instead of lazily. */
  isPriority?: boolean
  /** The heading level of the title where the tile is shown. */
  headingLevel?: 2 | 3
}

/** A card's width: half a phone's screen, a third of a tablet's, a column of the page beyond. */
const TILE_SIZES = "(min-width: 1024px) 18rem, (min-width: 768px) 33vw, 50vw"

/** A product in a list of results: photo, title (the link), group, price and badges. */
export function ProductTile({ product, isPriority = false, headingLevel = 3 }: ProductTileProps) {
  const { t } = useTranslation()
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-800 hover:border-stone-400">
      {product.thumbnail ? (
        <img
          src={product.thumbnail}
          srcSet={photoSrcSet(product.thumbnail)}
          sizes={TILE_SIZES}
          alt={t("catalogue.imageAlt", { title: product.title })}
          width={480}
          height={480}
          loading={isPriority ? "eager" : "lazy"}
          decoding="async"
          className="aspect-square w-full bg-stone-100 object-cover"
        />
      ) : (
        <div className="flex aspect-square w-full items-center justify-center bg-stone-100 p-4 text-center text-sm text-stone-600">
          {t("catalogue.noImage")}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <Heading className="text-base leading-snug font-semibold text-stone-900">
          {/* The whole card is clickable through the link's stretched ::after. */}
          <Link
            to={`/products/${encodeURIComponent(product.handle)}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {product.title}
          </Link>
        </Heading>
        {product.groupName ? <p className="text-sm text-stone-700">{product.groupName}</p> : null}
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
          <p data-testid="product-price" className="text-base font-medium text-red-900">
            {product.price ?? t("catalogue.noPrice")}
          </p>
          {product.isSoldOut ? (
            <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-800">
              {t("shop.soldOut")}
            </span>
          ) : null}
        </div>
        {product.isLivingHumanTreasure ? (
          <p className="self-start rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">
            {t("shop.lht")}
          </p>
        ) : null}
      </div>
    </article>
  )
}
