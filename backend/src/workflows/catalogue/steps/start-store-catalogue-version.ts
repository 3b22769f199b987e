import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeCatalogueCache } from "../../../lib/versioned-store-cache"

/**
 * Retires every cached store catalogue answer. Nothing to compensate: a new version only costs
 * the next requests a fresh answer.
 */
export const startStoreCatalogueVersionStep = createStep("start-store-catalogue-version", async (_input: void, { container }) => {
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (caching) {
    await storeCatalogueCache.startVersion(caching)
  }
  return new StepResponse(undefined)
})
