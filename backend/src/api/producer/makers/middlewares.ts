import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { producerMemberId } from "../scope"
import { listMakersQueryConfig, makerQueryConfig } from "./query-config"
import {
  ProducerCreateMaker,
  ProducerGetMaker,
  ProducerGetMakers,
  ProducerUpdateMaker,
} from "./validators"

export const producerMakersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/makers",
    middlewares: [validateAndTransformQuery(ProducerGetMakers, listMakersQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/makers",
    middlewares: [
      validateAndTransformBody(ProducerCreateMaker),
      validateAndTransformQuery(ProducerGetMaker, makerQueryConfig),
      idempotent({ actorId: producerMemberId }),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/producer/makers/:id",
    middlewares: [validateAndTransformQuery(ProducerGetMaker, makerQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/makers/:id",
    middlewares: [
      validateAndTransformBody(ProducerUpdateMaker),
      validateAndTransformQuery(ProducerGetMaker, makerQueryConfig),
    ],
  },
]
