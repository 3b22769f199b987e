import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMakerStep } from "../steps/update-maker"
import { validateMakerUpdateStep } from "../steps/validate-maker-update"
import { syncPublicMakersWorkflow } from "./sync-public-makers"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

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
    syncPublicMakersWorkflow.runAsStep({
      input: transform({ maker }, ({ maker }) => ({ maker_ids: [maker.id] })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse(maker)
  }
)
