import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProvinceCodeSchema } from "@sipakam/shared"
import { z } from "zod"
import { HandleSchema } from "../../../lib/handle-schema"

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

/** What the list says of each group; `?fields=handle,name` asks for less (and costs less). */
export const PRODUCER_LIST_FIELDS = [
  "id",
  "handle",
  "name",
  "province",
  "village",
  "logo_url",
  "story_excerpt",
  "products_count",
  "artisans_count",
] as const
export type ProducerListFieldType = (typeof PRODUCER_LIST_FIELDS)[number]

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

export const storeProducersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers",
    middlewares: [validateAndTransformQuery(StoreGetProducerGroupsParams, { defaults: [], isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetProducerGroupParams, { defaults: [] })],
  },
]
