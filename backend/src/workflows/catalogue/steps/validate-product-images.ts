import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Deepest folder nesting of a file key that the check tries (uploads use flat keys today). */
const MAX_KEY_SEGMENTS = 3

function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/**
 * Accepts only image urls served by this backend's file provider (what `POST /producer/uploads`
 * returns): the file must exist under its key and the provider must serve it at that very url.
 * Foreign urls would let a listing hotlink anything, so they are rejected.
 */
export const validateProductImagesStep = createStep(
  "validate-product-images",
  async (input: { urls: string[] }, { container }) => {
    if (!input.urls.length) {
      return
    }
    const files = container.resolve(Modules.FILE)

    const isServedHere = async (raw: string): Promise<boolean> => {
      let url: URL
      try {
        url = new URL(raw)
      } catch {
        return false
      }
      const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
      // The provider's base url is not exposed, so the key is found by trying the path's
      // trailing segments, shortest first, and comparing the url the provider serves it at.
      for (let depth = 1; depth <= Math.min(MAX_KEY_SEGMENTS, segments.length); depth++) {
        const key = segments.slice(-depth).join("/")
        try {
          const file = await files.retrieveFile(key)
          if (withoutQuery(new URL(file.url)) === withoutQuery(url)) {
            return true
          }
        } catch {
          // Not a file under this key: try a longer one.
        }
      }
      return false
    }

    const foreign: string[] = []
    for (const url of input.urls) {
      if (!(await isServedHere(url))) {
        foreign.push(url)
      }
    }
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Images must be uploaded through POST /producer/uploads first: ${foreign.join(", ")}`
      )
    }
  }
)
