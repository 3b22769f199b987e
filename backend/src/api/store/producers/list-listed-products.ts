import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { fromMedusaAmount } from "@sipakam/shared"

/** A product as the producer and maker pages show it: enough for a card. */
export type ListedProductType = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** The lowest list price among its variants, in integer minor units; null if none in that currency. */
  price: { amount: number; currency_code: string } | null
}

type PriceRowType = {
  amount: number | string
  currency_code: string
  rules_count?: number | null
  price_list_id?: string | null
}
type ProductRowType = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  sales_channels?: ({ id: string } | null)[] | null
  variants?: ({ prices?: (PriceRowType | null)[] | null } | null)[] | null
}

const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
]

function lowestPrice(product: ProductRowType, currencyCode: string): ListedProductType["price"] {
  const amounts = (product.variants ?? [])
    .flatMap((variant) => variant?.prices ?? [])
    .filter(
      (price): price is PriceRowType =>
        !!price && price.currency_code === currencyCode && !price.rules_count && !price.price_list_id
    )
    .map((price) => fromMedusaAmount(price.amount, currencyCode))
  return amounts.length ? { amount: Math.min(...amounts), currency_code: currencyCode } : null
}

/**
 * Of the given products, those the store sells: published and in one of the request's sales
 * channels (those of its publishable key), newest first, priced in `currencyCode`.
 */
export async function listListedProducts(
  scope: MedusaContainer,
  input: { productIds: string[]; salesChannelIds: string[]; currencyCode: string; locale?: string }
): Promise<ListedProductType[]> {
  if (!input.productIds.length || !input.salesChannelIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { id: input.productIds, status: ProductStatus.PUBLISHED },
      pagination: { order: { created_at: "DESC" } },
    },
    { locale: input.locale }
  )
  const channels = new Set(input.salesChannelIds)
  return (data as ProductRowType[])
    .filter((product) => (product.sales_channels ?? []).some((channel) => channel && channels.has(channel.id)))
    .map((product) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      price: lowestPrice(product, input.currencyCode),
    }))
}
