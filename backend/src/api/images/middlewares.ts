import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"

/**
 * The widths a photo is served in (`srcset` in the storefront, lib/photo-sizes.ts): a card on
 * a phone is ~180 CSS px (360 at 2x), a gallery up to ~600. A short list keeps the cache small
 * and stops anyone from making the server resize a photo to every width.
 */
export const PHOTO_WIDTHS = [240, 360, 720, 1200] as const

export const GetPhotoParams = z
  .object({
    w: z.coerce
      .number()
      .refine((width) => (PHOTO_WIDTHS as readonly number[]).includes(width), {
        message: `w must be one of ${PHOTO_WIDTHS.join(", ")}`,
      }),
  })
  .strict()
export type GetPhotoParamsType = z.infer<typeof GetPhotoParams>

export const imagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/images/:key",
    middlewares: [validateAndTransformQuery(GetPhotoParams, { defaults: [] })],
  },
]
