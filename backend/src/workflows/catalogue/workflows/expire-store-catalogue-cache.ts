import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { startStoreCatalogueVersionStep } from "../steps/start-store-catalogue-version"

/** After a change to what the store shows, its cached product answers are no longer served. */
export const expireStoreCatalogueCacheWorkflow = createWorkflow("expire-store-catalogue-cache", () => {
  startStoreCatalogueVersionStep()
  return new WorkflowResponse(undefined)
})
