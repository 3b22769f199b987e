import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerStep, type MakerFieldsType } from "../steps/create-maker"
import { syncPublicMakersStep } from "../steps/sync-public-makers"
import { validateGroupUploadsStep } from "../steps/validate-group-uploads"
import { validateProducerGroupExistsStep } from "../steps/validate-producer-group-exists"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type CreateMakerWorkflowInput = {
  /** The acting group, from the producer's login (never from the request body). */
  group_id: string
  maker: MakerFieldsType
  /** The producer member recording the maker (none for seeds), recorded with a consent answer. */
  member_id?: string
}

/** Records an artisan of a group and publishes their store-facing projection. */
export const createMakerWorkflow = createWorkflow(
  "create-maker",
  (input: CreateMakerWorkflowInput) => {
    validateProducerGroupExistsStep({ group_id: input.group_id })
    validateGroupUploadsStep(
      transform({ input }, ({ input }) => ({
        group_id: input.group_id,
        fields: { portrait_url: [input.maker.portrait_url] },
      }))
    )
    const makerInput = transform({ input }, ({ input }) => ({
      ...input.maker,
      lht_year: input.maker.is_living_human_treasure ? input.maker.lht_year ?? null : null,
      group_id: input.group_id,
      // A consent answer given at creation is recorded; no answer means not asked yet.
      ...(input.maker.public_profile_consent === undefined
        ? { consent_recorded_at: null, consent_recorded_by: null, consent_language: null }
        : {
            consent_recorded_at: new Date(),
            consent_recorded_by: input.member_id ?? null,
            consent_language: input.maker.consent_language ?? null,
          }),
    }))
    const maker = createMakerStep(makerInput)
    const publicMakers = syncPublicMakersStep(
      transform({ maker }, ({ maker }) => ({ maker_ids: [maker.id] }))
    )
    startStoreImpactVersionStep()
    return new WorkflowResponse({
      maker,
      public_maker: transform({ publicMakers }, ({ publicMakers }) => publicMakers[0]),
    })
  }
)
