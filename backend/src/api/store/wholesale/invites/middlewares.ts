import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../../utils/idempotency"
import { StoreGetCompanyParams } from "../applications/validators"
import { retrieveCompanyQueryConfig } from "../company/query-config"
import { wholesaleCustomerId } from "../scope"
import { StoreAcceptCompanyInvite } from "./validators"

export const storeWholesaleInvitesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/wholesale/invites/accept",
    middlewares: [
      validateAndTransformBody(StoreAcceptCompanyInvite),
      validateAndTransformQuery(StoreGetCompanyParams, retrieveCompanyQueryConfig),
      idempotent({ actorId: wholesaleCustomerId }),
    ],
  },
]
