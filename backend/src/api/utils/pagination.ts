import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The most records one page may hold, on every list the store, producers and operator read. */
export const MAX_PAGE_LIMIT = 100
/** Deeper than anyone pages by hand; past it, search or filter. */
export const MAX_PAGE_OFFSET = 100_000

const DIGITS = /^\d{1,9}$/

/**
 * Medusa's list routes read `limit` and `offset` with `Number()`, so `1.5`, `-0.0001`, `1e12` or
 * an empty value pass and give odd pages. Here each, when given, is a whole number written in
 * digits within range, or the request answers 400 naming it.
 */
export function rejectBadPagination(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const ranges = { limit: [1, MAX_PAGE_LIMIT], offset: [0, MAX_PAGE_OFFSET] } as const
  for (const [name, [min, max]] of Object.entries(ranges)) {
    const value = req.query[name]
    if (value === undefined) {
      continue
    }
    if (typeof value !== "string" || !DIGITS.test(value) || Number(value) < min || Number(value) > max) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} must be a whole number from ${min} to ${max}`
      )
    }
  }
  next()
}
