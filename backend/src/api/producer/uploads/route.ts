import { randomBytes } from "crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { producerScope } from "../scope"
import { UPLOAD_IMAGE_TYPES } from "./middlewares"

/**
 * Stores a group's images (its photos and logo, maker portraits, product images) through the
 * File Module and answers their public URLs, to be used in the other producer routes.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const files = (req as AuthenticatedMedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No images were uploaded")
  }
  const { groupId } = producerScope(req)
  const input = files.map((file) => {
    const type = UPLOAD_IMAGE_TYPES[file.mimetype]
    if (!type?.matches(file.buffer)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${file.originalname} is not a ${file.mimetype} image`
      )
    }
    return {
      // Our own name: the client's could hold a path, and must not reveal or collide with others'.
      filename: `${groupId}-${randomBytes(8).toString("hex")}.${type.extension}`,
      mimeType: file.mimetype,
      content: file.buffer.toString("base64"),
      access: "public" as const,
    }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: input } })
  res.status(200).json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
