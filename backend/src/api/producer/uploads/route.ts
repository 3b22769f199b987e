import { randomBytes } from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { PHOTO_MAX_PIXELS } from "../../../lib/photo-pixels"
import { uploadProducerImagesWorkflow } from "../../../workflows/producer/workflows/upload-producer-images"
import { forgetMissingPhotos } from "../../images/missing-photos"
import { producerScope } from "../scope"
import { UPLOAD_IMAGE_TYPES } from "./middlewares"

/**
 * Refuses a file whose header sharp cannot read, or that has more pixels than photos may have.
 * `metadata()` reads the header only: nothing is decoded here.
 */
async function checkPixels(file: Express.Multer.File) {
  const { width, height } = await sharp(file.buffer)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }))
  if (!width || !height) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${file.originalname} is not an image that can be read`)
  }
  if (width * height > PHOTO_MAX_PIXELS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${file.originalname} is ${width} x ${height} pixels (${(width * height / 1e6).toFixed(1)} megapixels); ` +
        `an image may have at most ${PHOTO_MAX_PIXELS / 1e6} megapixels`
    )
  }
}

/**
 * Stores a group's images (its photos and logo, maker portraits, product images) through the
 * File Module, records them as the group's uploads, and answers their public URLs: the only
 * images the other producer routes accept from this group.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const files = (req as AuthenticatedMedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No images were uploaded")
  }
  const { groupId } = producerScope(req)
  const input = []
  for (const file of files) {
    const type = UPLOAD_IMAGE_TYPES[file.mimetype]
    if (!type?.matches(file.buffer)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${file.originalname} is not a ${file.mimetype} image`
      )
    }
    await checkPixels(file)
    input.push({
      // Our own name: the client's could hold a path, and must not reveal or collide with others'.
      filename: `${groupId}-${randomBytes(8).toString("hex")}.${type.extension}`,
      mimeType: file.mimetype,
      content: file.buffer.toString("base64"),
      size_bytes: file.size,
    })
  }
  const { result } = await uploadProducerImagesWorkflow(req.scope).run({
    input: { group_id: groupId, files: input },
  })
  forgetMissingPhotos(result.map((file) => file.id))
  res.status(200).json({ files: result })
}
