import { ProductTile } from "@/components/product-tile"
import type { ProductSummaryType } from "@/features/catalogue/api/list-products"
import { useProductPrice } from "@/features/catalogue/hooks/use-product-price"

type ProductCardProps = {
  product: ProductSummaryType
  /** Above the fold on most screens: load the photo at once instead of lazily. */
  isPriority?: boolean
}

/** A catalogue product as the shared product tile shows it, priced in the shopper's region. */
export function ProductCard({ product, isPriority = false }: ProductCardProps) {
  const price = useProductPrice(product.price)
  return (
    <ProductTile
      product={{
        handle: product.handle,
        title: product.title,
        thumbnail: product.thumbnail,
        groupName: null,
        price,
        isLivingHumanTreasure: false,
        isSoldOut: false,
      }}
      isPriority={isPriority}
    />
  )
}
