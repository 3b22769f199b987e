import { ProvinceCodeSchema } from "@sipakam/shared"
import { z } from "zod"
import { HandleSchema } from "../../../lib/handle-schema"
import { PRODUCER_LIST_FIELDS } from "./query-config"

/** Query strings arrive as text; numbers are parsed strictly (no "1.5", no "", no "1e3"). */
export const QueryIntegerSchema = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number")
  .transform(Number)

/** A currency to price products in, e.g. "eur"; defaults to the store's default currency. */
export const StoreCurrencyCodeSchema = z
  .string()
  .regex(/^[a-z]{3}$/, "a lowercase ISO 4217 code")

/** The most groups one list request may name with `handle`: a page's worth. */
const MAX_HANDLES = 100

export const StoreGetProducerGroupsParams = z
  .object({
    province: ProvinceCodeSchema.optional(),
    // `?handle=a,b`: only these groups, e.g. to label search facets. Comma-separated, because
    // the query parser turns a list of more than 20 repeated parameters into an object.
    handle: z
      .string()
      .transform((handles) => handles.split(","))
      .pipe(z.array(HandleSchema).min(1).max(MAX_HANDLES))
      .optional(),
    // Kept as text: Medusa's query preparation reads `fields` too (route.ts splits it).
    fields: z
      .string()
      .refine(
        (fields) => fields.split(",").every((field) => (PRODUCER_LIST_FIELDS as readonly string[]).includes(field)),
        `fields are some of: ${PRODUCER_LIST_FIELDS.join(", ")}`
      )
      .optional(),
    limit: QueryIntegerSchema.pipe(z.number().min(1).max(100)).default(50),
    offset: QueryIntegerSchema.default(0),
  })
  .strict()
export type StoreGetProducerGroupsParamsType = z.infer<typeof StoreGetProducerGroupsParams>

export const StoreGetProducerGroupParams = z
  .object({ currency_code: StoreCurrencyCodeSchema.optional() })
  .strict()
export type StoreGetProducerGroupParamsType = z.infer<typeof StoreGetProducerGroupParams>
