import { PHOTO_WIDTHS, RESIZABLE_PHOTO_NAME } from "@sipakam/shared/photo-widths"
import { getRuntimeConfig } from "@/lib/config"

/**
 * The `srcset` of a photo the backend serves, in the widths it resizes to, so each screen
 * downloads the size it shows: a phone's card takes the 360-pixel one, where a producer's upload
 * may be a 5 MB photo. Undefined for what the backend does not resize (SVG drawings, other
 * hosts' images): the `src` alone is used then.
 */
export function photoSrcSet(url: string | null | undefined): string | undefined {
  const backendUrl = getRuntimeConfig().backendUrl
  const prefix = `${backendUrl}/static/`
  const key = url?.startsWith(prefix) ? url.slice(prefix.length) : undefined
  if (!key || !RESIZABLE_PHOTO_NAME.test(key)) return undefined
  return PHOTO_WIDTHS.map((width) => `${backendUrl}/images/${key}?w=${width} ${width}w`).join(", ")
}
