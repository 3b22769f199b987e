import { z } from "zod"
import { MAX_PRICE_MINOR } from "../../../../../workflows/catalogue/constants"
import { MAX_TRADE_QUANTITY } from "../../../../../modules/wholesale/trade-price-list"

const Quantity = z.number().int().min(1).max(MAX_TRADE_QUANTITY)

const VariantTradeTerms = z
  .object({
    variant_id: z.string().min(1).max(64),
    // Integer minor units of USD: 1250 is USD 12.50.
    trade_price: z.number().int().positive().max(MAX_PRICE_MINOR),
    min_quantity: Quantity,
    /** The quantity increment: a buyer orders whole case packs. */
    case_pack: Quantity,
  })
  .strict()
  .refine((terms) => terms.min_quantity % terms.case_pack === 0, {
    path: ["min_quantity"],
    message: "The minimum must be a whole number of case packs",
  })

export const ProducerSetTradeTerms = z
  .object({
    variants: z
      .array(VariantTradeTerms)
      .min(1)
      .max(50)
      .refine((variants) => new Set(variants.map((variant) => variant.variant_id)).size === variants.length, {
        message: "Each variant once",
      }),
  })
  .strict()

export type ProducerSetTradeTermsType = z.infer<typeof ProducerSetTradeTerms>

export const ProducerRetrieveTradeTerms = z.object({}).strict()
