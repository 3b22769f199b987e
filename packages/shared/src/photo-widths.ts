/**
 * The widths a photo is served in: the backend resizes to them (`GET /images/:key?w=`), the
 * storefront's `srcset` offers them. A card on a phone is ~180 CSS px (360 at 2x), a gallery up
 * to ~600. A short list keeps the resize cache small and stops anyone from making the server
 * resize a photo to every width.
 */
export const PHOTO_WIDTHS = [240, 360, 720, 1200] as const

export function isPhotoWidth(width: number): boolean {
  return (PHOTO_WIDTHS as readonly number[]).includes(width)
}
