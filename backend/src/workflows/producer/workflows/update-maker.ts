import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MakerFieldsType } from "../steps/create-maker"
import { updateMakerStep } from "../steps/update-maker"
import { validateGroupUploadsStep } from "../steps/validate-group-uploads"
import { validateMakerUpdateStep } from "../steps/validate-maker-update"
import { syncPublicMakersWorkflow } from "./sync-public-makers"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type UpdateMakerWorkflowInput = {
  /** The acting group: a maker of another group is "not found". */
  group_id: string
  id: string
  update: Partial<MakerFieldsType>
  /** The producer member making the change, recorded with a new consent answer. */
  member_id?: string
}

/**
 * Edits a maker and its public projection together: withdrawing consent hides the maker's
 * name, story and portrait from the store in the same workflow.
 */
export const updateMakerWorkflow = createWorkflow(
  "update-maker",
  (input: UpdateMakerWorkflowInput) => {
    const validated = validateMakerUpdateStep(input)
    validateGroupUploadsStep(
      transform({ input, validated }, ({ input, validated }) => ({
        group_id: input.group_id,
        fields: { portrait_url: [input.update.portrait_url] },
        kept: [validated.maker.portrait_url],
      }))
    )
    const maker = updateMakerStep(transform({ validated }, ({ validated }) => validated.update))
    const publicMakers = syncPublicMakersWorkflow.runAsStep({
      input: transform({ maker }, ({ maker }) => ({ maker_ids: [maker.id] })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse({
      maker,
      public_maker: transform({ publicMakers }, ({ publicMakers }) => publicMakers[0]),
    })
  }
)
