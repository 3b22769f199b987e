import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"

/** No parameters: the platform's totals are the same for everyone. */
export const StoreGetImpactParams = z.object({}).strict()

export const storeImpactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/impact",
    middlewares: [validateAndTransformQuery(StoreGetImpactParams, { defaults: [] })],
  },
]
