import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { producerMemberId } from "../scope"
import { listOrdersQueryConfig, retrieveOrderQueryConfig } from "./query-config"
import {
  ProducerGetOrder,
  ProducerHandOverOrderLines,
  ProducerListOrders,
  ProducerShipOrderLines,
} from "./validators"

export const producerOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/orders",
    middlewares: [validateAndTransformQuery(ProducerListOrders, listOrdersQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/producer/orders/:id",
    middlewares: [validateAndTransformQuery(ProducerGetOrder, retrieveOrderQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/handover",
    middlewares: [validateAndTransformBody(ProducerHandOverOrderLines), idempotent({ actorId: producerMemberId })],
  },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/ship",
    middlewares: [validateAndTransformBody(ProducerShipOrderLines), idempotent({ actorId: producerMemberId })],
  },
]
