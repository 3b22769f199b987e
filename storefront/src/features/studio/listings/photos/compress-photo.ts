import { compressedName, PHOTO_COMPRESSION_TRIES, PHOTO_MAX_BYTES } from "./compress-options"

type WorkerAnswerType = { ok: true; blob: Blob } | { ok: false; message: string }

export class PhotoTooLargeError extends Error {}

function compressInWorker(file: Blob): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./compress-worker.ts", import.meta.url), { type: "module" })
    worker.addEventListener("message", (event: MessageEvent<WorkerAnswerType>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.blob)
      else reject(new Error(event.data.message))
    })
    worker.addEventListener("error", (event) => {
      worker.terminate()
      reject(new Error(event.message || "The photo worker did not start"))
    })
    worker.postMessage({ file })
  })
}

async function compressOnPage(file: Blob): Promise<Blob> {
  const { default: imageCompression } = await import("browser-image-compression")
  let result = file
  for (const options of PHOTO_COMPRESSION_TRIES) {
    result = await imageCompression(file as File, { ...options, useWebWorker: false })
    if (result.size <= PHOTO_MAX_BYTES) break
  }
  return result
}

/**
 * A photo from the camera or the gallery, resized and compressed on the phone to at most
 * 400 KB (a 4000 x 3000 photo of 5 MB becomes 1600 x 1200 of about 300 KB). In a worker where the
 * phone has one; on the page otherwise.
 */
export async function compressPhoto(file: File): Promise<{ blob: Blob; name: string }> {
  let blob: Blob
  try {
    blob = typeof Worker === "function" ? await compressInWorker(file) : await compressOnPage(file)
  } catch {
    blob = await compressOnPage(file)
  }
  if (blob.size > PHOTO_MAX_BYTES) {
    throw new PhotoTooLargeError(`The photo is still ${Math.round(blob.size / 1024)} KB`)
  }
  return { blob, name: compressedName(file.name) }
}
