import { z } from "zod"

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
