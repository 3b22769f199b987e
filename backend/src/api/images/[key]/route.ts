import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { GetPhotoParamsType } from "../validators"
import { isKnownMissingPhoto, rememberMissingPhoto } from "../missing-photos"
import { isPhotoKey, ResizeQueueFullError, resizedPhoto } from "../resize-photo"

/** Seconds a client is asked to wait when every resize slot is taken: about one resize. */
const BUSY_RETRY_AFTER_SECONDS = 2

/** No such file (the local provider's ENOENT, a provider's NOT_FOUND), or not an image sharp reads. */
function isMissingOrUnreadable(error: unknown): boolean {
  const { code, type, message } = (error ?? {}) as { code?: string; type?: string; message?: string }
  return (
    code === "ENOENT" ||
    type === MedusaError.Types.NOT_FOUND ||
    /unsupported image format|pixel limit|Input (buffer|file|image)/i.test(message ?? "")
  )
}

/**
 * A public photo of the File Module (what `/static/<key>` serves) resized to `w` pixels wide, as
 * WebP: the storefront's `srcset` asks each screen's size of it instead of the uploaded file,
 * which can be a 5 MB phone photo. A key's content never changes, so browsers may keep it.
 */
export const GET = async (req: MedusaRequest<unknown, GetPhotoParamsType>, res: MedusaResponse) => {
  const { key } = req.params
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No photo ${key}`)
  if (!isPhotoKey(key) || isKnownMissingPhoto(key)) {
    throw notFound
  }
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  let photo: Buffer | undefined
  try {
    photo = await resizedPhoto(files, key, req.validatedQuery.w)
  } catch (error: unknown) {
    if (error instanceof ResizeQueueFullError) {
      res.setHeader("Retry-After", String(BUSY_RETRY_AFTER_SECONDS))
      res.status(503).json({ type: "unavailable", message: error.message })
      return
    }
    if (!isMissingOrUnreadable(error)) {
      throw error
    }
  }
  if (!photo) {
    rememberMissingPhoto(key)
    throw notFound
  }
  res.setHeader("Content-Type", "image/webp")
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable")
  res.status(200).send(photo)
}
