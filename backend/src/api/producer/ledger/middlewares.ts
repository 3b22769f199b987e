import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ledgerQueryConfig } from "./query-config"
import { LedgerListParams } from "./validators"

export const producerLedgerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/ledger",
    middlewares: [validateAndTransformQuery(LedgerListParams, ledgerQueryConfig)],
  },
]
