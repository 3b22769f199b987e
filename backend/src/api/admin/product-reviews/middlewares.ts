import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "zod"
import { PRODUCT_REVIEW_FIELDS } from "./query-config"

export const AdminListProductReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export const AdminApproveProductReview = z.object({}).strict()

export const AdminRejectProductReview = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .strict()

export type AdminRejectProductReviewType = z.infer<typeof AdminRejectProductReview>

/** The operator's queue of listings waiting for review (Medusa authenticates /admin as `user`). */
export const adminProductReviewsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/product-reviews",
    middlewares: [
      validateAndTransformQuery(AdminListProductReviews, {
        defaults: PRODUCT_REVIEW_FIELDS,
        isList: true,
        defaultLimit: 20,
      }),
    ],
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
