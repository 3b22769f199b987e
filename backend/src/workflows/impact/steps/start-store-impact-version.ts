import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeImpactCache } from "../../../lib/versioned-store-cache"

/**
 * Retires the cached impact figures; the last step of every workflow that changes them. Nothing
 * to compensate: a new version only costs the next request a fresh answer.
 */
export const startStoreImpactVersionStep = createStep("start-store-impact-version", async (_input: void, { container }) => {
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (caching) {
    await storeImpactCache.startVersion(caching)
  }
  return new StepResponse(undefined)
})
