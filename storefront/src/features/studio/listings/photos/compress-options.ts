import type { Options } from "browser-image-compression"

/** A listing photo may weigh at most this much once compressed: seconds, not minutes, on 3G. */
export const PHOTO_MAX_BYTES = 400 * 1024

/**
 * The tries, in order, until a photo fits: 1600 px on its longest side at quality 0.8 first (sharp
 * enough for the product page's largest width), then smaller and softer. The library itself also
 * lowers the quality step by step towards `maxSizeMB`.
 */
export const PHOTO_COMPRESSION_TRIES: Options[] = [
  { maxWidthOrHeight: 1600, initialQuality: 0.8, maxSizeMB: 0.38, fileType: "image/jpeg", maxIteration: 10 },
  { maxWidthOrHeight: 1280, initialQuality: 0.7, maxSizeMB: 0.3, fileType: "image/jpeg", maxIteration: 10 },
  { maxWidthOrHeight: 1024, initialQuality: 0.6, maxSizeMB: 0.25, fileType: "image/jpeg", maxIteration: 10 },
]

/** The photo's new name: its own without the extension, as a JPEG. */
export function compressedName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "photo"
  return `${base}.jpg`
}
