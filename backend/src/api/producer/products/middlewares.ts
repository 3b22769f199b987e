import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { producerMemberId } from "../scope"
import { listProductsQueryConfig, retrieveProductQueryConfig } from "./query-config"
import {
  ProducerCreateProduct,
  ProducerListProducts,
  ProducerRetrieveProduct,
  ProducerUpdateProduct,
} from "./validators"

export const producerProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformQuery(ProducerListProducts, listProductsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformBody(ProducerCreateProduct), idempotent({ actorId: producerMemberId })],
  },
  {
    method: ["GET"],
    matcher: "/producer/products/:id",
    middlewares: [validateAndTransformQuery(ProducerRetrieveProduct, retrieveProductQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id",
    middlewares: [validateAndTransformBody(ProducerUpdateProduct)],
  },
]
