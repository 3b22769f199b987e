import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const LEDGER_ENTRY_FIELDS = [
  "id",
  "type",
  "amount",
  "currency_code",
  "order_id",
  "line_item_id",
  "payout_id",
  "quantity",
  "rate_bps",
  "description",
  "created_at",
]

export const LedgerListParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** Shared by the producer's and the operator's view of a group's ledger. */
export const ledgerQueryConfig = { defaults: LEDGER_ENTRY_FIELDS, isList: true, defaultLimit: 50 }

export const producerLedgerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/ledger",
    middlewares: [validateAndTransformQuery(LedgerListParams, ledgerQueryConfig)],
  },
]
