import { z } from "zod"

/** No parameters: the platform's totals are the same for everyone. */
export const StoreGetImpactParams = z.object({}).strict()
