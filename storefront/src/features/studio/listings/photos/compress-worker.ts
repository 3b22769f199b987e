import imageCompression from "browser-image-compression"
import { PHOTO_COMPRESSION_TRIES, PHOTO_MAX_BYTES } from "./compress-options"

/**
 * Shrinks a photo off the page's thread, so the screen stays responsive on a slow phone. The
 * library runs here on its own thread (OffscreenCanvas): its built-in worker would load its code
 * from a CDN, which the studio's content security policy and an offline phone both refuse.
 */
self.addEventListener("message", (event: MessageEvent<{ id: number; file: Blob }>) => {
  void (async () => {
    try {
      let result: Blob = event.data.file
      for (const options of PHOTO_COMPRESSION_TRIES) {
        result = await imageCompression(event.data.file as File, { ...options, useWebWorker: false })
        if (result.size <= PHOTO_MAX_BYTES) break
      }
      self.postMessage({ id: event.data.id, ok: true, blob: result })
    } catch (error) {
      self.postMessage({ id: event.data.id, ok: false, message: error instanceof Error ? error.message : String(error) })
    }
  })()
})
