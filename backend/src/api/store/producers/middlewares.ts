import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProvinceCodeSchema } from "@sipakam/shared"
import { z } from "zod"

/** Query strings arrive as text; numbers are parsed strictly (no "1.5", no "", no "1e3"). */
export const QueryIntegerSchema = z
  .string()
  .regex(/^\d{1,6}$/, "a whole number")
  .transform(Number)

/** A currency to price products in, e.g. "eur"; defaults to the store's default currency. */
export const StoreCurrencyCodeSchema = z
  .string()
  .regex(/^[a-z]{3}$/, "a lowercase ISO 4217 code")

export const StoreGetProducerGroupsParams = z
  .object({
    province: ProvinceCodeSchema.optional(),
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
