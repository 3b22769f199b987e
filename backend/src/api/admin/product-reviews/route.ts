import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { fromMedusaAmount } from "@sipakam/shared"

type PriceRow = {
  amount: number | string
  currency_code: string
  price_list_id?: string | null
  rules_count?: number | null
}
type ReviewRow = {
  images?: { url: string; rank: number }[] | null
  variants?: { prices?: PriceRow[] | null }[] | null
}

/** Listings waiting for the operator, oldest first, with their group, heritage and makers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip, take } = req.queryConfig.pagination ?? {}
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { status: ProductStatus.PROPOSED },
    pagination: { skip, take, order: { created_at: "ASC" } },
  })
  const products = (data as ReviewRow[]).map((product) => ({
    ...product,
    images: [...(product.images ?? [])].sort((a, b) => a.rank - b.rank).map((image) => image.url),
    variants: (product.variants ?? []).map((variant) => ({
      ...variant,
      // In integer minor units, like every Sipakam API.
      prices: (variant.prices ?? [])
        .filter((price) => !price.price_list_id && !price.rules_count)
        .map((price) => ({
          currency_code: price.currency_code,
          amount: fromMedusaAmount(price.amount, price.currency_code),
        })),
    })),
  }))
  res.json({ products, count: metadata?.count ?? products.length, offset: skip, limit: take })
}
