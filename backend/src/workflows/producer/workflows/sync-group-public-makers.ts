import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncPublicMakersWorkflow } from "./sync-public-makers"

export type SyncGroupPublicMakersWorkflowInput = {
  group_id: string
}

/**
 * Recomputes the public projections of all of a group's makers, retired ones included: run it
 * after a change to the group that they show, such as its name.
 */
export const syncGroupPublicMakersWorkflow = createWorkflow(
  "sync-group-public-makers",
  (input: SyncGroupPublicMakersWorkflowInput) => {
    const { data: makers } = useQueryGraphStep({
      entity: "maker",
      fields: ["id"],
      filters: { group_id: input.group_id },
    })
    const publicMakers = syncPublicMakersWorkflow.runAsStep({
      input: transform({ makers }, ({ makers }) => ({ maker_ids: makers.map((maker: { id: string }) => maker.id) })),
    })
    return new WorkflowResponse(publicMakers)
  }
)
