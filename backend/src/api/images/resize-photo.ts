import type { IFileModuleService } from "@medusajs/framework/types"
import { RESIZABLE_PHOTO_NAME } from "@sipakam/shared"
import { LRUCache } from "lru-cache"
import sharp from "sharp"


/** A phone's photo is ~12 megapixels; far larger inputs are refused rather than decoded. */
const MAX_INPUT_PIXELS = 50_000_000

/**
 * Resized photos kept in memory, by key and width (~2,000 card-sized ones); browsers keep them
 * for good besides. Buffers live outside V8's heap, so this adds to the process's memory as is.
 */
const CACHE_BYTES = 32 * 1024 * 1024

/** A public photo of the File Module; private files (the local provider's `private-` keys) never. */
export const isPhotoKey = (key: string) => !key.startsWith("private-") && RESIZABLE_PHOTO_NAME.test(key)

/**
 * `key` at most `width` pixels wide (never enlarged), upright by its EXIF orientation, as WebP.
 * An upright WebP that is no wider already is answered as it is: encoding it again would only
 * lose quality (the demo's 360-pixel thumbnails are such files).
 */
async function resize(files: IFileModuleService, key: string, width: number): Promise<Buffer> {
  const original = await files.getAsBuffer(key)
  const image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS })
  const metadata = await image.metadata()
  if (metadata.format === "webp" && metadata.width <= width && (metadata.orientation ?? 1) === 1) {
    return original
  }
  return image.rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 70 }).toBuffer()
}

const cache = new LRUCache<string, Buffer, { files: IFileModuleService; key: string; width: number }>({
  maxSize: CACHE_BYTES,
  sizeCalculation: (photo) => photo.length,
  fetchMethod: (_cacheKey, _stale, { context }) => resize(context.files, context.key, context.width),
})

/**
 * A photo of the File Module in one of the served widths. Concurrent requests for the same size
 * share one resize. Rejects when the file is missing or is not an image sharp can read.
 */
export function resizedPhoto(files: IFileModuleService, key: string, width: number): Promise<Buffer | undefined> {
  return cache.fetch(`${width}/${key}`, { context: { files, key, width } })
}
