import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PublicMakerEvents } from "../public-maker-events"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncPublicMakersStep } from "../steps/sync-public-makers"

export type SyncPublicMakersWorkflowInput = {
  group_id: string
}

/**
 * Recomputes the public projections of all of a group's makers, retired ones included: run it
 * after a change to the group that they show, such as its name.
 */
export const syncPublicMakersWorkflow = createWorkflow(
  "sync-public-makers",
  (input: SyncPublicMakersWorkflowInput) => {
    const { data: makers } = useQueryGraphStep({
      entity: "maker",
      fields: ["id"],
      filters: { group_id: input.group_id },
    })
    const publicMakers = syncPublicMakersStep(
      transform({ makers }, ({ makers }) => ({ maker_ids: makers.map((maker: { id: string }) => maker.id) }))
    )
    emitEventStep({
      eventName: PublicMakerEvents.UPDATED,
      data: transform({ publicMakers }, ({ publicMakers }) =>
        publicMakers.map((publicMaker: { id: string }) => ({ id: publicMaker.id }))
      ),
    })
    return new WorkflowResponse(publicMakers)
  }
)
