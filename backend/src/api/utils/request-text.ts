import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Deeper than any body a client of ours sends: deeper ones are refused rather than walked. */
const MAX_DEPTH = 20

/** Calls `visit` on every string in `value` (keys included); false when it nests too deep. */
function everyString(value: unknown, visit: (text: string) => boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) {
    return false
  }
  if (typeof value === "string") {
    return visit(value)
  }
  if (Array.isArray(value)) {
    return value.every((item) => everyString(item, visit, depth + 1))
  }
  if (value && typeof value === "object") {
    return Object.entries(value).every(
      ([key, item]) => visit(key) && everyString(item, visit, depth + 1)
    )
  }
  return true
}

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

/**
 * PostgreSQL cannot store or even compare text with a NUL character: such a path segment, query
 * value or body string would fail deep inside a query as a 500. Every request is checked once
 * here, before any route runs (the body is already parsed), and answered 400.
 */
export function rejectUnstorableText(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const storable = (text: string) => !text.includes("\u0000")
  // `req.path` is relative to the middleware's mount point; the whole path is in `originalUrl`.
  const path = decodedPath(req.originalUrl.split("?")[0])
  if (path === null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The address is not correctly encoded")
  }
  if (!storable(path) || !everyString(req.query, storable) || !everyString(req.body, storable)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Text may not contain the NUL character, nor nest deeper than 20 levels"
    )
  }
  next()
}

/**
 * Medusa's store and auth routes check the shape of a body but not the length of its texts: a
 * 100,000-character email or street would be stored. No text a shopper sends there (names,
 * addresses, emails, passwords, codes, ids) needs more than this.
 */
export const MAX_SHOPPER_TEXT_LENGTH = 1_000

/**
 * A shopper's body is one JSON object (some of Medusa's routes take a list, `[]`, as an empty
 * request and act on it) whose texts are no longer than `MAX_SHOPPER_TEXT_LENGTH`.
 */
export function checkShopperBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body: unknown = req.body
  if (body !== undefined && (body === null || typeof body !== "object" || Array.isArray(body))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The request body must be a JSON object")
  }
  if (!everyString(body, (text) => text.length <= MAX_SHOPPER_TEXT_LENGTH)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Each text may be at most ${MAX_SHOPPER_TEXT_LENGTH} characters long`
    )
  }
  next()
}
