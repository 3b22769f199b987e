import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { renderArtwork } from "./artwork"
import type { CatalogueProduct } from "./catalogue"

/**
 * Draws every view of the given products and stores them through the File Module in one batch.
 * Returns the public URLs per product handle, main view first.
 */
export async function uploadArtwork(
  container: MedusaContainer,
  products: CatalogueProduct[]
): Promise<Map<string, string[]>> {
  const views = products.flatMap((product) =>
    Array.from({ length: product.artwork.views }, (_, view) => ({ product, view }))
  )
  if (!views.length) {
    return new Map()
  }
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: views.map(({ product, view }) => ({
        filename: `sipakam-${product.handle}-${view + 1}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(
          renderArtwork(
            { craft: product.heritage.craft, ...product.artwork, title: product.title.en },
            view
          )
        ).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  if (result.length !== views.length) {
    throw new Error(`Uploaded ${result.length} of ${views.length} artwork files`)
  }
  const urls = new Map<string, string[]>()
  // The File Module returns the files in the order they were given.
  views.forEach(({ product }, i) => {
    urls.set(product.handle, [...(urls.get(product.handle) ?? []), result[i].url])
  })
  return urls
}
