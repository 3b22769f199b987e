import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ARTWORK_PIXELS, renderArtwork, type ArtworkSpec } from "@sipakam/demo-data"
import sharp from "sharp"
import type { CatalogueProduct } from "./catalogue"

/** The public URLs of one product's pictures: the thumbnail lists show, the gallery's views. */
export type ProductArtworkType = { thumbnail: string; images: string[] }

/**
 * Lists of products show a WebP thumbnail drawn from the main view, this wide. A browser decodes
 * a raster image off the main thread, but builds a whole document on it for every SVG `<img>`
 * (tens of milliseconds each on a phone), which a page of cards paid once per card. The gallery
 * keeps the SVG views, sharp at any size.
 *
 * A card is about 180 CSS pixels wide on a phone (about 320 device pixels) and 280 on a desktop.
 * 360 pixels at quality 70 keeps the ikat silks, whose noise compresses worst, near 17 KB: at
 * 480 pixels and quality 80 the shop's first twelve cards weighed about 340 KB, and on a slow
 * phone connection the first one arrived ~0.6 s later (Lighthouse's LCP on /shop).
 */
export const THUMBNAIL_PIXELS = 360

export function renderThumbnail(spec: ArtworkSpec): Promise<Buffer> {
  return sharp(Buffer.from(renderArtwork(spec, 0)), {
    density: (72 * THUMBNAIL_PIXELS) / ARTWORK_PIXELS,
  })
    .webp({ quality: 70 })
    .toBuffer()
}

function artworkSpecOf(product: CatalogueProduct): ArtworkSpec {
  return { craft: product.heritage.craft, ...product.artwork, title: product.title.en }
}

type UploadType = { handle: string; filename: string; mimeType: string; content: Buffer }

/**
 * Draws every product's thumbnail and views and stores them through the File Module in one
 * batch. Returns each product's public URLs by handle: its thumbnail, and its views (main first).
 */
export async function uploadArtwork(
  container: MedusaContainer,
  products: CatalogueProduct[]
): Promise<Map<string, ProductArtworkType>> {
  if (!products.length) {
    return new Map()
  }
  const uploads: UploadType[] = (
    await Promise.all(
      products.map(async (product): Promise<UploadType[]> => {
        const spec = artworkSpecOf(product)
        const views = Array.from({ length: product.artwork.views }, (_, view) => ({
          handle: product.handle,
          filename: `sipakam-${product.handle}-${view + 1}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(renderArtwork(spec, view)),
        }))
        const thumbnail = {
          handle: product.handle,
          filename: `sipakam-${product.handle}-thumbnail.webp`,
          mimeType: "image/webp",
          content: await renderThumbnail(spec),
        }
        return [thumbnail, ...views]
      })
    )
  ).flat()
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: uploads.map(({ filename, mimeType, content }) => ({
        filename,
        mimeType,
        content: content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  if (result.length !== uploads.length) {
    throw new Error(`Uploaded ${result.length} of ${uploads.length} artwork files`)
  }
  const urls = new Map<string, ProductArtworkType>()
  // The File Module returns the files in the order they were given; each product's thumbnail
  // comes first, then its views.
  uploads.forEach(({ handle }, i) => {
    const artwork = urls.get(handle)
    if (artwork) {
      artwork.images.push(result[i].url)
    } else {
      urls.set(handle, { thumbnail: result[i].url, images: [] })
    }
  })
  return urls
}
