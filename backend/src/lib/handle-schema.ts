import { z } from "zod"

/** A URL handle: lowercase letters, digits and single hyphens, e.g. "prey-kabbas-silk". */
export const HandleSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens")
