import type { HttpTypes } from "@medusajs/types"
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { fromMedusaAmount } from "@sipakam/shared/money"
import { medusaLocale } from "@/lib/i18n"
import { getSdk } from "@/lib/sdk"

/** What the product page shows; linked data as the store API exposes it (see backend middlewares). */
const PRODUCT_FIELDS = [
  "id",
  "title",
  "description",
  "handle",
  "thumbnail",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
  "*producer_group",
  "*makers",
  "*heritage_profile",
].join(",")

export type ProductVariantType = {
  id: string
  title: string
  /** Integer minor units in `currencyCode`, or null when the variant has no price in the region. */
  priceMinor: number | null
  currencyCode: string | null
  /** Units that can be bought now; null when stock is not tracked (or backorders are allowed). */
  available: number | null
}

export type ProductMakerType = {
  id: string
  handle: string | null
  displayName: string
  story: string | null
  portraitUrl: string | null
  isLivingHumanTreasure: boolean
  lhtYear: number | null
}

export type ProductGroupType = {
  handle: string
  name: string
  province: string
  village: string | null
}

export type ProductHeritageType = {
  craft: string
  technique: string | null
  materials: string[]
  naturalDyes: string[]
  province: string
  people: string | null
  culturalSignificance: string | null
  hoursToMake: number | null
  care: string | null
}

export type ProductDetailType = {
  id: string
  handle: string
  title: string
  description: string | null
  images: { id: string; url: string }[]
  variants: ProductVariantType[]
  group: ProductGroupType | null
  makers: ProductMakerType[]
  heritage: ProductHeritageType | null
}

/** The linked records the backend adds to a store product. */
type LinkedProductType = HttpTypes.StoreProduct & {
  producer_group?: { handle: string; name: string; province: string; village?: string | null } | null
  makers?:
    | ({
        id: string
        handle?: string | null
        display_name: string
        story?: string | null
        portrait_url?: string | null
        is_living_human_treasure?: boolean | null
        lht_year?: number | null
      } | null)[]
    | null
  heritage_profile?: {
    craft: string
    technique?: string | null
    materials?: string[] | null
    natural_dyes?: string[] | null
    province: string
    people?: string | null
    cultural_significance?: string | null
    hours_to_make?: number | null
    care?: string | null
  } | null
}

function toVariant(variant: HttpTypes.StoreProductVariant): ProductVariantType {
  const price = variant.calculated_price
  const currencyCode = price?.currency_code ?? null
  const amount = price?.calculated_amount
  const tracked = variant.manage_inventory === true && variant.allow_backorder !== true
  return {
    id: variant.id,
    title: variant.title ?? "",
    priceMinor: typeof amount === "number" && currencyCode ? fromMedusaAmount(amount, currencyCode) : null,
    currencyCode,
    available: tracked ? Math.max(0, variant.inventory_quantity ?? 0) : null,
  }
}

export function toProductDetail(product: LinkedProductType): ProductDetailType {
  const images = (product.images ?? []).map((image) => ({ id: image.id, url: image.url }))
  if (images.length === 0 && product.thumbnail) {
    images.push({ id: "thumbnail", url: product.thumbnail })
  }
  const group = product.producer_group
  const heritage = product.heritage_profile
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? null,
    images,
    variants: (product.variants ?? []).map(toVariant),
    group: group
      ? { handle: group.handle, name: group.name, province: group.province, village: group.village ?? null }
      : null,
    makers: (product.makers ?? []).flatMap((maker) =>
      maker
        ? [
            {
              id: maker.id,
              handle: maker.handle ?? null,
              displayName: maker.display_name,
              story: maker.story ?? null,
              portraitUrl: maker.portrait_url ?? null,
              isLivingHumanTreasure: Boolean(maker.is_living_human_treasure),
              lhtYear: maker.lht_year ?? null,
            },
          ]
        : []
    ),
    heritage: heritage
      ? {
          craft: heritage.craft,
          technique: heritage.technique ?? null,
          materials: heritage.materials ?? [],
          naturalDyes: heritage.natural_dyes ?? [],
          province: heritage.province,
          people: heritage.people ?? null,
          culturalSignificance: heritage.cultural_significance ?? null,
          hoursToMake: heritage.hours_to_make ?? null,
          care: heritage.care ?? null,
        }
      : null,
  }
}

export type GetProductInputType = {
  handle: string
  regionId: string
  /** Medusa locale (e.g. "km-KH") the texts are wanted in; untranslated texts come in English. */
  locale: string
}

/** The product with that handle, or null when the store does not sell it. */
export async function getProduct({ handle, regionId, locale }: GetProductInputType): Promise<ProductDetailType | null> {
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: regionId,
    locale,
    fields: PRODUCT_FIELDS,
    limit: 1,
  })
  const [product] = products
  return product ? toProductDetail(product as LinkedProductType) : null
}

export const productQueryOptions = (input: GetProductInputType) =>
  queryOptions({
    queryKey: ["products", "detail", input],
    queryFn: () => getProduct(input),
  })

/** The product in the shopper's language and the region's prices. */
export function useProduct(handle: string, regionId: string) {
  const { i18n } = useTranslation()
  return useQuery({
    ...productQueryOptions({ handle, regionId, locale: medusaLocale(i18n.resolvedLanguage) }),
    // On a language switch the page stays (in the old language) until the new texts arrive.
    placeholderData: keepPreviousData,
  })
}
