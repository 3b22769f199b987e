import type { HttpTypes } from "@medusajs/types"
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { medusaLocale } from "@/lib/i18n"
import { getSdk } from "@/lib/sdk"

export const PRODUCTS_PAGE_SIZE = 12

/** Only what a product card shows; the variants' prices are calculated for the region. */
const PRODUCT_CARD_FIELDS = "id,title,handle,thumbnail,variants.id,*variants.calculated_price"

export type ProductPriceType = {
  /** Major units, as Medusa returns them. */
  amount: number
  currencyCode: string
  /** Variants cost different amounts: `amount` is the lowest. */
  isFrom: boolean
}

export type ProductSummaryType = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: ProductPriceType | null
}

export type ProductPageType = {
  products: ProductSummaryType[]
  count: number
  offset: number
  limit: number
}

export type ListProductsInputType = {
  regionId: string
  /** Medusa locale (e.g. "km-KH") the product texts are wanted in. */
  locale: string
  offset: number
  limit?: number
}

/** The lowest price among the variants that have one in the region, or null when none has. */
export function lowestPrice(
  variants: HttpTypes.StoreProductVariant[] | null | undefined
): ProductPriceType | null {
  const prices = (variants ?? []).flatMap((variant) => {
    const price = variant.calculated_price
    return price && typeof price.calculated_amount === "number" && price.currency_code
      ? [{ amount: price.calculated_amount, currencyCode: price.currency_code }]
      : []
  })
  const [first, ...rest] = prices
  if (!first) {
    return null
  }
  const lowest = rest.reduce((low, price) => (price.amount < low.amount ? price : low), first)
  return { ...lowest, isFrom: rest.some((price) => price.amount !== first.amount) }
}

export function toProductSummary(product: HttpTypes.StoreProduct): ProductSummaryType {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    thumbnail: product.thumbnail,
    price: lowestPrice(product.variants),
  }
}

export async function listProducts({
  regionId,
  locale,
  offset,
  limit = PRODUCTS_PAGE_SIZE,
}: ListProductsInputType): Promise<ProductPageType> {
  const page = await getSdk().store.product.list({
    region_id: regionId,
    locale,
    fields: PRODUCT_CARD_FIELDS,
    limit,
    offset,
    // Newest first. Ids are ULIDs, so this is creation order with no ties: offset pages never
    // repeat or skip a product, which `-created_at` cannot promise for products seeded together.
    order: "-id",
  })
  return {
    products: page.products.map(toProductSummary),
    count: page.count,
    offset: page.offset,
    limit: page.limit,
  }
}

/** The offset of the page after `lastPage`, or undefined when every product is loaded. */
export function nextPageOffset(lastPage: ProductPageType): number | undefined {
  const next = lastPage.offset + lastPage.products.length
  return lastPage.products.length > 0 && next < lastPage.count ? next : undefined
}

export const productsQueryOptions = (regionId: string, locale: string) =>
  infiniteQueryOptions({
    queryKey: ["products", "list", { regionId, locale, limit: PRODUCTS_PAGE_SIZE }],
    queryFn: ({ pageParam }) => listProducts({ regionId, locale, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: nextPageOffset,
  })

/** The region's products with their texts in the shopper's language. */
export function useProducts(regionId: string) {
  const { i18n } = useTranslation()
  return useInfiniteQuery({
    ...productsQueryOptions(regionId, medusaLocale(i18n.resolvedLanguage)),
    // On a language switch the cards stay (in the old language) until the new texts arrive.
    placeholderData: keepPreviousData,
  })
}
