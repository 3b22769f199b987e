import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { meQueryConfig } from "./query-config"
import { ProducerGetMe, ProducerUpdateMe } from "./validators"

export const producerMeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/me",
    middlewares: [validateAndTransformQuery(ProducerGetMe, meQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/me",
    middlewares: [
      validateAndTransformBody(ProducerUpdateMe),
      validateAndTransformQuery(ProducerGetMe, meQueryConfig),
    ],
  },
]
