import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listProductReviewsQueryConfig } from "./query-config"
import {
  AdminApproveProductReview,
  AdminListProductReviews,
  AdminRejectProductReview,
} from "./validators"

/** The operator's queue of listings waiting for review (Medusa authenticates /admin as `user`). */
export const adminProductReviewsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/product-reviews",
    middlewares: [validateAndTransformQuery(AdminListProductReviews, listProductReviewsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveProductReview)],
  },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectProductReview)],
  },
]
