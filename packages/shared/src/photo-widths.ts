/**
 * The widths a photo is served in: the backend resizes to them (`GET /images/:key?w=`), the
 * storefront's `srcset` offers them. A card on a phone is ~180 CSS px (360 at 2x), a gallery up
 * to ~600. A short list keeps the resize cache small and stops anyone from making the server
 * resize a photo to every width.
 */
export const PHOTO_WIDTHS = [240, 360, 720, 1200] as const

/** The File Module's files the backend resizes: raster photos (SVG scales by itself), plain names. */
export const RESIZABLE_PHOTO_NAME = /^[A-Za-z0-9][\w.-]*\.(jpe?g|png|webp)$/i

export function isPhotoWidth(width: number): boolean {
  return (PHOTO_WIDTHS as readonly number[]).includes(width)
}
