import { FetchError } from "@medusajs/js-sdk"

/** A request the server answered with an error, or one that never reached it (status 0). */
export class StudioRequestError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = "StudioRequestError"
  }
}

/** The HTTP status of a failed request; 0 when it never got an answer (offline, aborted, timed out). */
export function failureStatus(error: unknown): number {
  if (error instanceof StudioRequestError) return error.status
  if (error instanceof FetchError) return error.status ?? 0
  return 0
}

/**
 * Whether sending the same request again later can succeed: no answer, a server error, a
 * request still being answered under the same key (409), too many requests, or a login to
 * renew (401: the coordinator logs in again and the phone sends it then). Any other 4xx is the
 * request itself: it stays refused until the coordinator changes it.
 */
export function isRetryable(error: unknown): boolean {
  const status = failureStatus(error)
  return status === 0 || status >= 500 || [401, 408, 409, 425, 429].includes(status)
}

/** What the server said was wrong, for "Not sent: …". */
export function failureReason(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error)
}
