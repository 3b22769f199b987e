import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { idempotent, sha256 } from "../../utils/idempotency"
import { producerMemberId, producerScope } from "../scope"

/** A phone photo, downscaled or not, fits; anything bigger would hurt coordinators on 3G too. */
const UPLOAD_MAX_BYTES = 5 * 1024 * 1024
const UPLOAD_MAX_FILES = 10
const UPLOAD_FIELD = "files"

/**
 * Raster images only: SVG can carry scripts, and uploads are served from the backend's origin.
 * Each type is recognised by its first bytes, not by what the client claims.
 */
type ImageTypeType = { extension: string; matches: (head: Buffer) => boolean }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export const UPLOAD_IMAGE_TYPES: Record<string, ImageTypeType> = {
  "image/jpeg": {
    extension: "jpg",
    matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  },
  "image/png": {
    extension: "png",
    matches: (head) => head.subarray(0, 8).equals(PNG_SIGNATURE),
  },
  "image/webp": {
    extension: "webp",
    matches: (head) =>
      head.subarray(0, 4).toString("latin1") === "RIFF" &&
      head.subarray(8, 12).toString("latin1") === "WEBP",
  },
}

const MULTER_ERROR_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `An image may be at most ${UPLOAD_MAX_BYTES / (1024 * 1024)} MB`,
  LIMIT_FILE_COUNT: `At most ${UPLOAD_MAX_FILES} images can be uploaded at once`,
  LIMIT_UNEXPECTED_FILE: `Send at most ${UPLOAD_MAX_FILES} images, in the "${UPLOAD_FIELD}" field`,
}

const upload = multer({
  // In memory, as Medusa's /admin/uploads does: the file workflow takes the content itself.
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_MAX_BYTES, files: UPLOAD_MAX_FILES, fields: 0 },
  fileFilter: (_req, file, callback) => {
    if (!UPLOAD_IMAGE_TYPES[file.mimetype]) {
      callback(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Only JPEG, PNG and WebP images can be uploaded, not ${file.mimetype}`
        )
      )
      return
    }
    callback(null, true)
  },
}).array(UPLOAD_FIELD, UPLOAD_MAX_FILES)

/**
 * Parses the multipart body into `req.files`; any refusal is a 400 that names the reason. Only a
 * logged-in member's body is read: `producerScope` throws 401 for anyone else, whatever order the
 * middlewares run in.
 */
function parseImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  producerScope(req as AuthenticatedMedusaRequest)
  upload(req, res, (error?: unknown) => {
    if (error instanceof multer.MulterError) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          MULTER_ERROR_MESSAGES[error.code] ?? `The upload was refused (${error.code})`
        )
      )
      return
    }
    next(error)
  })
}

/** An upload is the same request when it carries the same files, by name, type and content. */
function uploadedFiles(req: MedusaRequest) {
  const files = (req as MedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  return files.map((file) => ({
    name: file.originalname,
    type: file.mimetype,
    sha256: sha256(file.buffer),
  }))
}

export const producerUploadsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/producer/uploads",
    // The key is taken once the files are parsed (they are the fingerprint), so what multer
    // refuses reserves nothing. The route checks the images itself (their bytes, pixels, the
    // quota): a refusal there is a 4xx, which frees the key for a corrected retry.
    middlewares: [parseImages, idempotent({ actorId: producerMemberId, fingerprint: uploadedFiles })],
  },
]
