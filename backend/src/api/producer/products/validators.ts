import { ProductStatus } from "@medusajs/framework/utils"
import {
  CraftCodeSchema,
  MATERIALS,
  MaterialCodeSchema,
  PeopleCodeSchema,
  ProvinceCodeSchema,
} from "@sipakam/shared"
import { z } from "zod"
import {
  MAX_PRICE_MINOR,
  MAX_STOCK_QUANTITY,
  PRODUCT_PRICE_CURRENCIES,
  REQUIRED_PRICE_CURRENCY,
} from "../../../workflows/catalogue/constants"

const NATURAL_DYE_CODES = new Set<string>(
  MATERIALS.filter((material) => material.kind === "natural-dye").map((material) => material.code)
)

const text = (max: number) => z.string().trim().min(1).max(max)
const uniqueValues = (values: string[]) => new Set(values).size === values.length

const Price = z
  .object({
    currency_code: z.enum(PRODUCT_PRICE_CURRENCIES),
    // Integer minor units: 2550 is USD 25.50.
    amount: z.number().int().positive().max(MAX_PRICE_MINOR),
  })
  .strict()

const Prices = z
  .array(Price)
  .min(1)
  .max(PRODUCT_PRICE_CURRENCIES.length)
  .refine((prices) => uniqueValues(prices.map((price) => price.currency_code)), {
    message: "One price per currency",
  })

const Stock = z.number().int().min(0).max(MAX_STOCK_QUANTITY)

const ImageUrls = z
  .array(z.url({ protocol: /^https?$/ }).max(2048))
  .max(10)
  .refine(uniqueValues, { message: "Each image once" })

const MakerIds = z.array(z.string().min(1).max(64)).max(30).refine(uniqueValues, {
  message: "Each maker once",
})

const Handle = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single dashes")

const HeritageFields = {
  craft: CraftCodeSchema,
  technique: text(500).nullable().optional(),
  technique_km: text(500).nullable().optional(),
  materials: z.array(MaterialCodeSchema).min(1).max(20).refine(uniqueValues, {
    message: "Each material once",
  }),
  natural_dyes: z
    .array(MaterialCodeSchema)
    .max(10)
    .refine(uniqueValues, { message: "Each dye once" })
    .refine((codes) => codes.every((code) => NATURAL_DYE_CODES.has(code)), {
      message: "Only natural dyes",
    }),
  province: ProvinceCodeSchema,
  people: PeopleCodeSchema.nullable().optional(),
  cultural_significance: text(3000).nullable().optional(),
  cultural_significance_km: text(3000).nullable().optional(),
  hours_to_make: z.number().int().min(1).max(10_000).nullable().optional(),
  care: text(1000).nullable().optional(),
  care_km: text(1000).nullable().optional(),
}

const Heritage = z
  .object({ ...HeritageFields, natural_dyes: HeritageFields.natural_dyes.optional() })
  .strict()

const Option = z
  .object({
    title: text(50),
    values: z.array(text(50)).min(1).max(50).refine(uniqueValues, { message: "Each value once" }),
  })
  .strict()

const Variant = z
  .object({
    title: text(100),
    sku: z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Letters, digits, dots, dashes and underscores")
      .optional(),
    options: z.record(text(50), text(50)).optional(),
    prices: Prices.refine(
      (prices) => prices.some((price) => price.currency_code === REQUIRED_PRICE_CURRENCY),
      { message: `A ${REQUIRED_PRICE_CURRENCY.toUpperCase()} price is required` }
    ),
    stock: Stock,
  })
  .strict()

export const ProducerCreateProduct = z
  .object({
    title: text(200),
    title_km: text(200).optional(),
    description: text(5000),
    description_km: text(5000).optional(),
    handle: Handle.optional(),
    images: ImageUrls.optional(),
    options: z
      .array(Option)
      .max(3)
      .refine((options) => uniqueValues(options.map((o) => o.title)), {
        message: "Each option once",
      })
      .optional(),
    variants: z.array(Variant).min(1).max(50),
    heritage: Heritage,
    maker_ids: MakerIds.optional(),
    /** Kept off sale, out of the operator's review, until the group sends it (`send_for_review`). */
    draft: z.boolean().optional(),
  })
  .strict()
  .superRefine((product, ctx) => {
    const options = product.options ?? []
    if (!options.length && product.variants.length > 1) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Several variants need options" })
    }
    const skus = product.variants.flatMap((variant) => (variant.sku ? [variant.sku] : []))
    if (!uniqueValues(skus)) {
      ctx.addIssue({ code: "custom", path: ["variants"], message: "Each SKU once" })
    }
    const combinations = new Set<string>()
    product.variants.forEach((variant, index) => {
      const given = variant.options ?? {}
      const matches =
        Object.keys(given).length === options.length &&
        options.every((option) => option.values.includes(given[option.title]))
      if (!matches) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", index, "options"],
          message: "Give one of each option's values, for every option and nothing else",
        })
      }
      const key = JSON.stringify(options.map((option) => given[option.title]))
      if (options.length && combinations.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", index, "options"],
          message: "Two variants with the same options",
        })
      }
      combinations.add(key)
    })
  })

export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

const VariantUpdate = z
  .object({
    id: z.string().min(1).max(64),
    title: text(100).optional(),
    prices: Prices.optional(),
    stock: Stock.optional(),
  })
  .strict()

export const ProducerUpdateProduct = z
  .object({
    title: text(200).optional(),
    title_km: text(200).nullable().optional(),
    description: text(5000).optional(),
    description_km: text(5000).nullable().optional(),
    handle: Handle.optional(),
    images: ImageUrls.optional(),
    variants: z
      .array(VariantUpdate)
      .min(1)
      .max(50)
      .refine((variants) => uniqueValues(variants.map((variant) => variant.id)), {
        message: "Each variant once",
      })
      .optional(),
    heritage: z
      .object({
        ...HeritageFields,
        craft: HeritageFields.craft.optional(),
        materials: HeritageFields.materials.optional(),
        natural_dyes: HeritageFields.natural_dyes.optional(),
        province: HeritageFields.province.optional(),
      })
      .strict()
      .optional(),
    maker_ids: MakerIds.optional(),
    /** A draft or a sent-back listing goes to review (on sale at once for a trusted group's draft). */
    send_for_review: z.literal(true).optional(),
  })
  .strict()
  .refine((update) => Object.values(update).some((value) => value !== undefined), {
    message: "Nothing to update",
  })

export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerListProducts = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.enum(ProductStatus).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export const ProducerRetrieveProduct = z.object({}).strict()
