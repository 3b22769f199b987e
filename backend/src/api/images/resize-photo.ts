import type { IFileModuleService } from "@medusajs/framework/types"
import { RESIZABLE_PHOTO_NAME } from "@sipakam/shared"
import { LRUCache } from "lru-cache"
import sharp from "sharp"
import { PHOTO_MAX_PIXELS } from "../../lib/photo-pixels"

/**
 * Resizes that run at once: one per core of a small server. libvips already spreads one resize
 * over its threads, so more at once only add memory (up to ~120 MB each for a 40 MP photo).
 */
const RESIZE_CONCURRENCY = 2

/** Resizes that may wait for a turn (a few seconds' work); beyond them a request answers 503. */
const RESIZE_QUEUE_MAX = 20

/** Thrown when every resize slot and every place in the queue is taken. */
export class ResizeQueueFullError extends Error {
  constructor() {
    super("Too many photos are being resized; try again in a moment")
  }
}

let running = 0
const waiting: (() => void)[] = []

/** Runs `task` when one of the resize slots is free; refuses at once when the queue is full. */
async function inResizeSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= RESIZE_CONCURRENCY) {
    if (waiting.length >= RESIZE_QUEUE_MAX) {
      throw new ResizeQueueFullError()
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
  } else {
    running++
  }
  try {
    return await task()
  } finally {
    // The slot passes straight to the next waiting resize, or is freed.
    const next = waiting.shift()
    if (next) {
      next()
    } else {
      running--
    }
  }
}

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
  const image = sharp(original, { limitInputPixels: PHOTO_MAX_PIXELS })
  const metadata = await image.metadata()
  if (metadata.format === "webp" && metadata.width <= width && (metadata.orientation ?? 1) === 1) {
    return original
  }
  return image.rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 70 }).toBuffer()
}

const cache = new LRUCache<string, Buffer, { files: IFileModuleService; key: string; width: number }>({
  maxSize: CACHE_BYTES,
  sizeCalculation: (photo) => photo.length,
  fetchMethod: (_cacheKey, _stale, { context }) =>
    inResizeSlot(() => resize(context.files, context.key, context.width)),
})

/**
 * A photo of the File Module in one of the served widths. Concurrent requests for the same size
 * share one resize, and at most a few resizes run at once. Rejects when the file is missing or is
 * not an image sharp can read, and with `ResizeQueueFullError` when too many wait already.
 */
export function resizedPhoto(files: IFileModuleService, key: string, width: number): Promise<Buffer | undefined> {
  return cache.fetch(`${width}/${key}`, { context: { files, key, width } })
}
