import type { PRODUCT_PRICE_CURRENCIES } from "./constants"

export type ProductPriceCurrencyType = (typeof PRODUCT_PRICE_CURRENCIES)[number]

/** A price as producers give it: integer minor units (2550 is USD 25.50). */
export type ProducerPriceType = { currency_code: ProductPriceCurrencyType; amount: number }

export type HeritageProfileInputType = {
  craft: string
  technique?: string | null
  technique_km?: string | null
  materials: string[]
  natural_dyes?: string[]
  province: string
  people?: string | null
  cultural_significance?: string | null
  cultural_significance_km?: string | null
  hours_to_make?: number | null
  care?: string | null
  care_km?: string | null
}

export type ProducerVariantInputType = {
  title: string
  sku?: string
  /** Option title → value; omitted when the product has no options of its own. */
  options?: Record<string, string>
  prices: ProducerPriceType[]
  /** Units stocked at the group's location. */
  stock: number
}

export type ProducerProductInputType = {
  title: string
  title_km?: string
  description: string
  description_km?: string
  handle?: string
  images?: string[]
  options?: { title: string; values: string[] }[]
  variants: ProducerVariantInputType[]
  heritage: HeritageProfileInputType
  maker_ids?: string[]
}

export type ProducerVariantUpdateType = {
  id: string
  title?: string
  prices?: ProducerPriceType[]
  stock?: number
}

export type ProducerProductUpdateType = {
  title?: string
  title_km?: string | null
  description?: string
  description_km?: string | null
  handle?: string
  images?: string[]
  variants?: ProducerVariantUpdateType[]
  heritage?: Partial<HeritageProfileInputType>
  maker_ids?: string[]
}
