import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, type ProductStatus } from "@medusajs/framework/utils"
import { fromMedusaAmount } from "@sipakam/shared"
import ProductProducerGroupLink from "../../../links/product-producer-group"
import { REVIEW_REJECTION_REASON_KEY } from "../../../workflows/catalogue/constants"
import { KHMER_LOCALE } from "@sipakam/shared"

type PriceRow = {
  amount: number | string
  currency_code: string
  price_list_id?: string | null
  rules_count?: number | null
}
type LevelRow = {
  location_id: string
  stocked_quantity: number | string
  reserved_quantity: number | string
}
type HeritageRow = {
  id: string
  craft: string
  technique: string | null
  materials: string[]
  natural_dyes: string[]
  province: string
  people: string | null
  cultural_significance: string | null
  hours_to_make: number | null
  care: string | null
}
type MakerRow = {
  id: string
  maker_id: string
  handle: string | null
  display_name: string
  has_public_profile: boolean
}

/** The shape PRODUCER_PRODUCT_FIELDS asks for, spelled out so it does not depend on generated types. */
type ProductRow = {
  id: string
  title: string
  description: string | null
  handle: string
  status: string
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  images?: { url: string; rank: number }[] | null
  options?: { id: string; title: string; values?: { value: string }[] | null }[] | null
  variants?:
    | {
        id: string
        title: string
        sku: string | null
        options?: { value: string; option?: { title: string } | null }[] | null
        prices?: PriceRow[] | null
        inventory_items?: { inventory?: { location_levels?: LevelRow[] | null } | null }[] | null
      }[]
    | null
  heritage_profile?: HeritageRow | null
  makers?: MakerRow[] | null
}

export type ProducerProductFiltersType = {
  id?: string
  q?: string
  status?: ProductStatus
}

/** A group's products as its coordinator sees them: minor-unit prices, stock at its location, Khmer. */
export async function queryProducerProducts(
  container: MedusaContainer,
  options: {
    groupId: string
    fields: string[]
    filters: ProducerProductFiltersType
    pagination?: { skip?: number; take?: number }
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { id, ...filters } = options.filters
  const { data: links } = await query.graph({
    entity: ProductProducerGroupLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_group_id: options.groupId, ...(id ? { product_id: id } : {}) },
  })
  const productIds = links.map((link: { product_id: string }) => link.product_id)
  if (!productIds.length) {
    return { products: [], count: 0 }
  }

  const [{ data, metadata }, { data: groups }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: options.fields,
      filters: { ...filters, id: productIds },
      pagination: { order: { created_at: "DESC" }, ...options.pagination },
    }),
    query.graph({
      entity: "producer_group",
      fields: ["stock_location.id"],
      filters: { id: options.groupId },
    }),
  ])
  const rows = data as ProductRow[]
  const locationId: string | undefined = groups[0]?.stock_location?.id

  const khmer = await container.resolve(Modules.TRANSLATION).listTranslations(
    {
      reference_id: rows.flatMap((row) => [
        row.id,
        ...(row.heritage_profile ? [row.heritage_profile.id] : []),
      ]),
      locale_code: KHMER_LOCALE.code,
    },
    { select: ["reference_id", "translations"] }
  )
  const khmerOf = (recordId: string, field: string): string | null => {
    const record = khmer.find((item) => item.reference_id === recordId)
    const value = record?.translations?.[field]
    return typeof value === "string" ? value : null
  }

  const products = rows.map((row) => {
    const heritage = row.heritage_profile
    return {
      id: row.id,
      title: row.title,
      title_km: khmerOf(row.id, "title"),
      description: row.description,
      description_km: khmerOf(row.id, "description"),
      handle: row.handle,
      status: row.status,
      review_rejection_reason: row.metadata?.[REVIEW_REJECTION_REASON_KEY] ?? null,
      thumbnail: row.thumbnail,
      images: [...(row.images ?? [])].sort((a, b) => a.rank - b.rank).map((image) => image.url),
      options: (row.options ?? []).map((option) => ({
        id: option.id,
        title: option.title,
        values: (option.values ?? []).map((value) => value.value),
      })),
      variants: (row.variants ?? []).map((variant) => {
        const level = (variant.inventory_items ?? [])
          .flatMap((item) => item.inventory?.location_levels ?? [])
          .find((candidate) => candidate.location_id === locationId)
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          options: Object.fromEntries(
            (variant.options ?? []).map((value) => [value.option?.title ?? "", value.value])
          ),
          // The variant's own prices, in integer minor units as the producer gave them.
          prices: (variant.prices ?? [])
            .filter((price) => !price.price_list_id && !price.rules_count)
            .map((price) => ({
              currency_code: price.currency_code,
              amount: fromMedusaAmount(price.amount, price.currency_code),
            })),
          stock: Number(level?.stocked_quantity ?? 0),
          reserved: Number(level?.reserved_quantity ?? 0),
        }
      }),
      heritage_profile: heritage
        ? {
            ...heritage,
            technique_km: khmerOf(heritage.id, "technique"),
            cultural_significance_km: khmerOf(heritage.id, "cultural_significance"),
            care_km: khmerOf(heritage.id, "care"),
          }
        : null,
      makers: row.makers ?? [],
      created_at: row.created_at,
      updated_at: row.updated_at,
    }
  })
  return { products, count: metadata?.count ?? products.length }
}
