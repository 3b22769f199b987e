import { z } from "zod"

const VariantId = z.string().min(1).max(64)

/** `variant_ids=a,b` or `variant_ids=a&variant_ids=b`: at most 100 variants a request. */
export const StoreGetTradeTerms = z
  .object({
    variant_ids: z
      .union([z.string().max(6_500), z.array(VariantId).max(100)])
      .transform((value) => (Array.isArray(value) ? value : value.split(",")))
      .pipe(z.array(VariantId).min(1).max(100)),
  })
  .strict()

export type StoreGetTradeTermsType = z.infer<typeof StoreGetTradeTerms>
