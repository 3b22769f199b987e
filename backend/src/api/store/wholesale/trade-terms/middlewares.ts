import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetTradeTerms } from "./validators"

export const storeWholesaleTradeTermsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/wholesale/trade-terms",
    middlewares: [validateAndTransformQuery(StoreGetTradeTerms, { defaults: [], isList: false })],
  },
]
