import { isPhotoWidth, PHOTO_WIDTHS } from "@sipakam/shared"
import { z } from "zod"

/** `w`: one of the widths photos are served in (shared with the storefront's `srcset`). */
export const GetPhotoParams = z
  .object({
    w: z.coerce.number().refine(isPhotoWidth, { message: `w must be one of ${PHOTO_WIDTHS.join(", ")}` }),
  })
  .strict()
export type GetPhotoParamsType = z.infer<typeof GetPhotoParams>
