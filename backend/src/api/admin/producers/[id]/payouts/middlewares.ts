import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ledgerQueryConfig } from "../../../../producer/ledger/query-config"
import { LedgerListParams } from "../../../../producer/ledger/validators"
import { listPayoutsQueryConfig } from "./query-config"
import { AdminCreatePayout, AdminListPayouts } from "./validators"

/** The operator's money routes for one group: its payouts and its ledger. */
export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producers/:id/payouts",
    middlewares: [validateAndTransformQuery(AdminListPayouts, listPayoutsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/payouts",
    middlewares: [validateAndTransformBody(AdminCreatePayout)],
  },
  {
    method: ["GET"],
    matcher: "/admin/producers/:id/ledger",
    middlewares: [validateAndTransformQuery(LedgerListParams, ledgerQueryConfig)],
  },
]
