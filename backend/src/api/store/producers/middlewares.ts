import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listProducerGroupsQueryConfig, retrieveProducerGroupQueryConfig } from "./query-config"
import { StoreGetProducerGroupParams, StoreGetProducerGroupsParams } from "./validators"

export const storeProducersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers",
    middlewares: [validateAndTransformQuery(StoreGetProducerGroupsParams, listProducerGroupsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetProducerGroupParams, retrieveProducerGroupQueryConfig)],
  },
]
