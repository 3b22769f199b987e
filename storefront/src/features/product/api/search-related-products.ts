import { queryOptions, useQuery } from "@tanstack/react-query"
import {
  searchProductIndex,
  type ProductSearchDocumentType,
  type ProductSearchQueryType,
} from "@/lib/product-search"

/** How many related products a row shows. */
export const RELATED_COUNT = 4

export type RelatedInputType = {
  /** The search facet that relates them, and its value: a group's handle or a craft's code. */
  attribute: "producer_group" | "craft"
  value: string
  /** The product being shown, left out of its own related products. */
  excludeId: string
}

/** Products sharing a group or a craft, from the same search index as the shop. */
export async function searchRelatedProducts({
  attribute,
  value,
  excludeId,
}: RelatedInputType): Promise<{ products: ProductSearchDocumentType[]; count: number }> {
  const body: ProductSearchQueryType = {
    entity: "product",
    filters: { [attribute]: { $eq: value } },
    pagination: { take: RELATED_COUNT + 1, order: { created_at: "DESC" } },
  }
  const result = await searchProductIndex(body)
  const hits = result?.hits ?? []
  const others = hits.filter((hit) => hit.id !== excludeId).map((hit) => ({ ...hit.document, id: hit.id }))
  const includesSelf = others.length < hits.length
  const total = result?.metadata.count ?? hits.length
  return { products: others.slice(0, RELATED_COUNT), count: Math.max(0, total - (includesSelf ? 1 : 0)) }
}

export const relatedProductsQueryOptions = (input: RelatedInputType) =>
  queryOptions({
    queryKey: ["products", "related", input],
    queryFn: () => searchRelatedProducts(input),
  })

export function useRelatedProducts(input: RelatedInputType) {
  return useQuery(relatedProductsQueryOptions(input))
}
