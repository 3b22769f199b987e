import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../../utils/idempotency"
import { wholesaleCustomerId } from "../scope"
import { listCompanyBuyersQueryConfig } from "./query-config"
import { StoreGetCompanyBuyers, StoreInviteCompanyBuyer } from "./validators"

export const storeWholesaleBuyersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/wholesale/buyers",
    middlewares: [validateAndTransformQuery(StoreGetCompanyBuyers, listCompanyBuyersQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/wholesale/buyers",
    middlewares: [
      validateAndTransformBody(StoreInviteCompanyBuyer),
      idempotent({ actorId: wholesaleCustomerId }),
    ],
  },
]
