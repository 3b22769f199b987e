import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrievePhotoQueryConfig } from "./query-config"
import { GetPhotoParams } from "./validators"

export const imagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/images/:key",
    middlewares: [validateAndTransformQuery(GetPhotoParams, retrievePhotoQueryConfig)],
  },
]
