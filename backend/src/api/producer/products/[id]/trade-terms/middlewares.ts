import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { idempotent } from "../../../../utils/idempotency"
import { producerMemberId } from "../../../scope"
import { ProducerRetrieveTradeTerms, ProducerSetTradeTerms } from "./validators"

export const producerTradeTermsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/products/:id/trade-terms",
    middlewares: [validateAndTransformQuery(ProducerRetrieveTradeTerms, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/trade-terms",
    middlewares: [validateAndTransformBody(ProducerSetTradeTerms), idempotent({ actorId: producerMemberId })],
  },
]
