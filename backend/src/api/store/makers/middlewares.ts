import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listMakersQueryConfig, retrieveMakerQueryConfig } from "./query-config"
import { StoreGetMakerParams, StoreGetMakersParams } from "./validators"

export const storeMakersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/makers",
    middlewares: [validateAndTransformQuery(StoreGetMakersParams, listMakersQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/makers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetMakerParams, retrieveMakerQueryConfig)],
  },
]
