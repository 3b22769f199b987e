import { z } from "zod"
import { QueryIntegerSchema, StoreCurrencyCodeSchema } from "../producers/validators"

export const StoreGetMakersParams = z
  .object({
    living_human_treasure: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    limit: QueryIntegerSchema.pipe(z.number().min(1).max(100)).default(20),
    offset: QueryIntegerSchema.default(0),
  })
  .strict()
export type StoreGetMakersParamsType = z.infer<typeof StoreGetMakersParams>

export const StoreGetMakerParams = z
  .object({ currency_code: StoreCurrencyCodeSchema.optional() })
  .strict()
export type StoreGetMakerParamsType = z.infer<typeof StoreGetMakerParams>
