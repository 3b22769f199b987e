import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../../utils/idempotency"
import { wholesaleCustomerId } from "../scope"
import { retrieveOutletQueryConfig } from "./query-config"
import { StoreCreateOutlet, StoreGetOutletParams, StoreUpdateOutlet } from "./validators"

export const storeWholesaleOutletsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/wholesale/outlets",
    middlewares: [
      validateAndTransformBody(StoreCreateOutlet),
      validateAndTransformQuery(StoreGetOutletParams, retrieveOutletQueryConfig),
      idempotent({ actorId: wholesaleCustomerId }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/wholesale/outlets/:id",
    middlewares: [validateAndTransformQuery(StoreGetOutletParams, retrieveOutletQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/wholesale/outlets/:id",
    middlewares: [
      validateAndTransformBody(StoreUpdateOutlet),
      validateAndTransformQuery(StoreGetOutletParams, retrieveOutletQueryConfig),
    ],
  },
]
