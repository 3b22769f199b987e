import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { GetPhotoParamsType } from "../middlewares"
import { isPhotoKey, resizedPhoto } from "../resize-photo"

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
  if (!isPhotoKey(key)) {
    throw notFound
  }
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const photo = await resizedPhoto(files, key, req.validatedQuery.w).catch((error: unknown) => {
    if (isMissingOrUnreadable(error)) return undefined
    throw error
  })
  if (!photo) {
    throw notFound
  }
  res.setHeader("Content-Type", "image/webp")
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable")
  res.status(200).send(photo)
}
