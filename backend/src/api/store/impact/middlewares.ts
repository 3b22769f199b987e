import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrieveImpactQueryConfig } from "./query-config"
import { StoreGetImpactParams } from "./validators"

export const storeImpactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/impact",
    middlewares: [validateAndTransformQuery(StoreGetImpactParams, retrieveImpactQueryConfig)],
  },
]
