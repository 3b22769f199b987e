import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { producerGet } from "@/features/studio/api/producer-client"

/** Medusa's product statuses as the studio names them: draft, in review, on sale, sent back. */
export const LISTING_STATUSES = ["draft", "proposed", "published", "rejected"] as const
export type ListingStatusType = (typeof LISTING_STATUSES)[number]

export type StudioPriceType = { currency_code: string; amount: number }

export type StudioVariantType = {
  id: string
  title: string
  sku: string | null
  options: Record<string, string>
  /** Integer minor units, as the group set them. */
  prices: StudioPriceType[]
  stock: number
  /** Units in orders not yet handed over: part of `stock`, no longer for sale. */
  reserved: number
}

export type StudioHeritageType = {
  id: string
  craft: string
  technique: string | null
  technique_km: string | null
  materials: string[]
  natural_dyes: string[]
  province: string
  people: string | null
  cultural_significance: string | null
  cultural_significance_km: string | null
  hours_to_make: number | null
  care: string | null
  care_km: string | null
}

/** A listing as `GET /producer/products` answers it (backend/src/api/producer/products). */
export type StudioProductType = {
  id: string
  title: string
  title_km: string | null
  description: string | null
  description_km: string | null
  handle: string
  status: ListingStatusType
  review_rejection_reason: string | null
  thumbnail: string | null
  images: string[]
  options: { id: string; title: string; values: string[] }[]
  variants: StudioVariantType[]
  heritage_profile: StudioHeritageType | null
  makers: { id: string; maker_id: string; handle: string | null; display_name: string; has_public_profile: boolean }[]
  created_at: string
  updated_at: string
}

export type StudioProductListType = { products: StudioProductType[]; count: number; offset: number; limit: number }

export type StudioProductFiltersType = { status?: ListingStatusType; q?: string; limit?: number; offset?: number }

export const STUDIO_PRODUCTS_QUERY_KEY = ["studio", "products"] as const

export const productsQueryOptions = (filters: StudioProductFiltersType = {}) =>
  queryOptions({
    queryKey: [...STUDIO_PRODUCTS_QUERY_KEY, "list", filters],
    queryFn: () =>
      producerGet<StudioProductListType>("/producer/products", {
        status: filters.status,
        q: filters.q || undefined,
        limit: filters.limit ?? 50,
        offset: filters.offset,
      }),
    placeholderData: keepPreviousData,
  })

export function useStudioProducts(filters: StudioProductFiltersType = {}) {
  return useQuery(productsQueryOptions(filters))
}

export const productQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...STUDIO_PRODUCTS_QUERY_KEY, "one", id],
    queryFn: async () => (await producerGet<{ product: StudioProductType }>(`/producer/products/${id}`)).product,
  })

export function useStudioProduct(id: string) {
  return useQuery(productQueryOptions(id))
}

/** Units a variant still has for sale. */
export const availableStock = (variant: StudioVariantType) => Math.max(0, variant.stock - variant.reserved)

/** A listing on sale runs low at this many units left, in any of its variants. */
export const LOW_STOCK_AT = 2
