import { PRODUCER_TOKEN_STORAGE } from "@/features/studio/api/producer-client"
import { StudioRequestError } from "@/features/studio/offline/request-failure"

/** The multipart field `POST /producer/uploads` reads its images from (backend/src/api/producer/uploads). */
const UPLOAD_FIELD = "files"

/** A 3G upload of a 400 KB photo takes seconds; one that hangs this long has lost its connection. */
const UPLOAD_TIMEOUT_MS = 120_000

export type PhotoFileType = { blob: Blob; name: string }

function producerToken(): string | null {
  try {
    return window.localStorage.getItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey)
  } catch {
    return null
  }
}

function messageOf(responseText: string, status: number): string {
  try {
    const answer = JSON.parse(responseText) as { message?: unknown }
    if (typeof answer.message === "string" && answer.message) return answer.message
  } catch {
    // Not JSON: a proxy's page, say.
  }
  return `HTTP ${status}`
}

/**
 * Uploads one photo and answers its public URL. XMLHttpRequest rather than fetch, because only
 * it reports upload progress (`onProgress` gets 0 to 1). The idempotency key is the photo's own,
 * made when it was taken: sent again after a lost answer, the same photo is stored once.
 */
export function uploadPhoto(
  photo: PhotoFileType,
  idempotencyKey: string,
  onProgress: (fraction: number) => void = () => {},
  signal?: AbortSignal
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open("POST", `${window.location.origin}/producer/uploads`)
    request.timeout = UPLOAD_TIMEOUT_MS
    const token = producerToken()
    if (token) request.setRequestHeader("authorization", `Bearer ${token}`)
    request.setRequestHeader("idempotency-key", idempotencyKey)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    const lost = () => reject(new StudioRequestError("The upload did not reach the server", 0))
    request.onerror = lost
    request.ontimeout = lost
    request.onabort = lost
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          const answer = JSON.parse(request.responseText) as { files?: { url?: unknown }[] }
          const url = answer.files?.[0]?.url
          if (typeof url === "string" && url) {
            onProgress(1)
            resolve(url)
            return
          }
        } catch {
          // Falls through: an answer without a URL is the server's fault.
        }
        reject(new StudioRequestError("The server answered without the photo's address", 502))
        return
      }
      reject(new StudioRequestError(messageOf(request.responseText, request.status), request.status))
    }
    signal?.addEventListener("abort", () => request.abort(), { once: true })
    const form = new FormData()
    form.append(UPLOAD_FIELD, photo.blob, photo.name)
    request.send(form)
  })
}
