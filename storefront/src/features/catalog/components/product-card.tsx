import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { ProductSummaryType } from "@/features/catalog/api/list-products"
import { useProductPrice } from "@/features/catalog/hooks/use-product-price"

type ProductCardProps = {
  product: ProductSummaryType
  /** Above the fold on most screens: load the photo at once instead of lazily. */
  isPriority?: boolean
}

export function ProductCard({ product, isPriority = false }: ProductCardProps) {
  const { t } = useTranslation()
  const price = useProductPrice(product.price)
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-800 hover:border-stone-400">
      {product.thumbnail ? (
        <img
          src={product.thumbnail}
          alt={t("catalog.imageAlt", { title: product.title })}
          width={480}
          height={480}
          loading={isPriority ? "eager" : "lazy"}
          decoding="async"
          className="aspect-square w-full bg-stone-100 object-cover"
        />
      ) : (
        <div className="flex aspect-square w-full items-center justify-center bg-stone-100 p-4 text-center text-sm text-stone-600">
          {t("catalog.noImage")}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="text-base leading-snug font-semibold text-stone-900">
          {/* The whole card is clickable through the link's stretched ::after. */}
          <Link
            to={`/products/${encodeURIComponent(product.handle)}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {product.title}
          </Link>
        </h3>
        <p data-testid="product-price" className="mt-auto text-base font-medium text-red-900">
          {price}
        </p>
      </div>
    </article>
  )
}
