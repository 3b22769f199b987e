import { compressedName, PHOTO_COMPRESSION_TRIES, PHOTO_MAX_BYTES } from "./compress-options"

type WorkerAnswerType = { id: number; ok: true; blob: Blob } | { id: number; ok: false; message: string }

export class PhotoTooLargeError extends Error {}

let worker: Worker | null = null
let workerFailed = false
let nextId = 0
const waiting = new Map<number, { resolve: (blob: Blob) => void; reject: (error: Error) => void }>()

/**
 * The photo worker, started once and kept: started when the editor opens, its code is loaded
 * while the phone is still online, so photos taken offline are shrunk all the same.
 */
function photoWorker(): Worker | null {
  if (worker || workerFailed || typeof Worker !== "function") return worker
  try {
    worker = new Worker(new URL("./compress-worker.ts", import.meta.url), { type: "module" })
  } catch {
    workerFailed = true
    return null
  }
  worker.addEventListener("message", (event: MessageEvent<WorkerAnswerType>) => {
    const job = waiting.get(event.data.id)
    waiting.delete(event.data.id)
    if (!job) return
    if (event.data.ok) job.resolve(event.data.blob)
    else job.reject(new Error(event.data.message))
  })
  worker.addEventListener("error", () => {
    // The worker could not run: every waiting photo is shrunk on the page instead.
    workerFailed = true
    worker = null
    waiting.forEach((job) => job.reject(new Error("The photo worker stopped")))
    waiting.clear()
  })
  return worker
}

let pageLibrary: Promise<typeof import("browser-image-compression")> | null = null
const loadPageLibrary = () => (pageLibrary ??= import("browser-image-compression"))

/** Loads what shrinking photos needs while the phone is online. */
export function warmPhotoTools(): void {
  photoWorker()
  void loadPageLibrary().catch(() => {
    pageLibrary = null
  })
}

function compressInWorker(running: Worker, file: Blob): Promise<Blob> {
  return new Promise((resolve, reject) => {
    nextId += 1
    waiting.set(nextId, { resolve, reject })
    running.postMessage({ id: nextId, file })
  })
}

async function compressOnPage(file: Blob): Promise<Blob> {
  const { default: imageCompression } = await loadPageLibrary()
  let result = file
  for (const options of PHOTO_COMPRESSION_TRIES) {
    result = await imageCompression(file as File, { ...options, useWebWorker: false })
    if (result.size <= PHOTO_MAX_BYTES) break
  }
  return result
}

/**
 * A photo from the camera or the gallery, resized and compressed on the phone to at most
 * 400 KB (a 4000 x 3000 photo of several MB becomes 1600 x 1200 of a few hundred KB). In a worker
 * where the phone has one; on the page otherwise.
 */
export async function compressPhoto(file: File): Promise<{ blob: Blob; name: string }> {
  const running = photoWorker()
  let blob: Blob
  try {
    blob = running ? await compressInWorker(running, file) : await compressOnPage(file)
  } catch {
    blob = await compressOnPage(file)
  }
  if (blob.size > PHOTO_MAX_BYTES) {
    throw new PhotoTooLargeError(`The photo is still ${Math.round(blob.size / 1024)} KB`)
  }
  return { blob, name: compressedName(file.name) }
}
