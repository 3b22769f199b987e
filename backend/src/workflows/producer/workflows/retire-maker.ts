import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PublicMakerEvents } from "../public-maker-events"
import { syncPublicMakersStep } from "../steps/sync-public-makers"
import { updateMakerStep } from "../steps/update-maker"
import { validateMakerUpdateStep } from "../steps/validate-maker-update"

export type RetireMakerWorkflowInput = {
  /** The acting group: a maker of another group is "not found". */
  group_id: string
  id: string
}

/**
 * Retires a maker: they stay credited, with their public projection, on the products that
 * credit them, but cannot be credited on new ones, and the store no longer features them among
 * the group's makers. Retiring twice keeps the first date.
 */
export const retireMakerWorkflow = createWorkflow(
  "retire-maker",
  (input: RetireMakerWorkflowInput) => {
    const validated = validateMakerUpdateStep({ group_id: input.group_id, id: input.id, update: {} })
    const maker = updateMakerStep(
      transform({ validated }, ({ validated }) => ({
        id: validated.maker.id,
        retired_at: validated.maker.retired_at ?? new Date(),
      }))
    )
    const publicMakers = syncPublicMakersStep(
      transform({ maker }, ({ maker }) => ({ maker_ids: [maker.id] }))
    )
    emitEventStep({
      eventName: PublicMakerEvents.UPDATED,
      data: transform({ publicMakers }, ({ publicMakers }) =>
        publicMakers.map((publicMaker: { id: string }) => ({ id: publicMaker.id }))
      ),
    })
    return new WorkflowResponse(maker)
  }
)
