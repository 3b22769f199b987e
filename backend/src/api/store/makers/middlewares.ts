import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"
import { StoreCurrencyCodeSchema } from "../producers/middlewares"

export const StoreGetMakerParams = z
  .object({ currency_code: StoreCurrencyCodeSchema.optional() })
  .strict()
export type StoreGetMakerParamsType = z.infer<typeof StoreGetMakerParams>

export const storeMakersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/makers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetMakerParams, { defaults: [] })],
  },
]
