import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../../utils/idempotency"
import { retrieveCompanyQueryConfig } from "../company/query-config"
import { wholesaleCustomerId } from "../scope"
import { StoreApplyForWholesale, StoreGetCompanyParams } from "./validators"

export const storeWholesaleApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/wholesale/applications",
    middlewares: [
      validateAndTransformBody(StoreApplyForWholesale),
      validateAndTransformQuery(StoreGetCompanyParams, retrieveCompanyQueryConfig),
      idempotent({ actorId: wholesaleCustomerId }),
    ],
  },
]
