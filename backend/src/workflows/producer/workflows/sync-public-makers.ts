import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PublicMakerEvents } from "../../../modules/producer/public-maker-events"
import { syncPublicMakersStep } from "../steps/sync-public-makers"

export type SyncPublicMakersWorkflowInput = {
  maker_ids: string[]
}

/**
 * Recomputes the public projections of makers and announces them, so what follows the store's
 * makers (search, the catalogue's cache) catches up: run it after any change they show.
 */
export const syncPublicMakersWorkflow = createWorkflow(
  "sync-public-makers",
  (input: SyncPublicMakersWorkflowInput) => {
    const publicMakers = syncPublicMakersStep(input)
    emitEventStep({
      eventName: PublicMakerEvents.UPDATED,
      data: transform({ publicMakers }, ({ publicMakers }) =>
        publicMakers.map((publicMaker: { id: string }) => ({ id: publicMaker.id }))
      ),
    })
    return new WorkflowResponse(publicMakers)
  }
)
