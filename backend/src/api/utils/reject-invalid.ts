import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"

/**
 * Checks the raw body against a stricter schema than Medusa's own, leaving Medusa's validated
 * body as it is: the request either passes unchanged or gets 400 naming what is wrong.
 */
export function rejectInvalid(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body)
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message
      )
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`)
    }
    next()
  }
}
