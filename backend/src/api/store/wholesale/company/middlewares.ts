import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetCompanyParams } from "../applications/validators"
import { retrieveCompanyQueryConfig } from "./query-config"

export const storeWholesaleCompanyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/wholesale/company",
    middlewares: [validateAndTransformQuery(StoreGetCompanyParams, retrieveCompanyQueryConfig)],
  },
]
