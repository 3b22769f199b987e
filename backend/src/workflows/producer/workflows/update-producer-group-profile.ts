import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProducerGroupEvents } from "../../../modules/producer/producer-group-events"
import {
  updateProducerGroupProfileStep,
  type ProducerGroupProfileType,
} from "../steps/update-producer-group-profile"
import {
  upsertProducerGroupAccountStep,
  type ProducerGroupAccountInputType,
} from "../steps/upsert-producer-group-account"
import { validateGroupUploadsStep } from "../steps/validate-group-uploads"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"
import { upsertKhmerTranslationsStep } from "../../catalogue/steps/upsert-khmer-translations"

export type UpdateProducerGroupProfileWorkflowInput = {
  group_id: string
  profile: ProducerGroupProfileType
  /** Khmer texts of the profile, kept in the Translation Module; null removes one. */
  khmer?: { story?: string | null }
  account?: ProducerGroupAccountInputType
}

/**
 * A group edits its own profile: the public story (in English and Khmer, the Khmer one a
 * translation the store serves for km-KH), village, photos and logo, and its private contacts and
 * payout destination (created on first edit).
 */
export const updateProducerGroupProfileWorkflow = createWorkflow(
  "update-producer-group-profile",
  (input: UpdateProducerGroupProfileWorkflowInput) => {
    const { data: current } = useQueryGraphStep({
      entity: "producer_group",
      fields: ["logo_url", "photos"],
      filters: { id: input.group_id },
    }).config({ name: "retrieve-producer-group-images" })
    validateGroupUploadsStep(
      transform({ input, current }, ({ input, current }) => ({
        group_id: input.group_id,
        fields: { photos: input.profile.photos ?? [], logo_url: [input.profile.logo_url] },
        kept: [current[0]?.logo_url, ...(current[0]?.photos ?? [])],
      }))
    )
    const group = updateProducerGroupProfileStep(
      transform({ input }, ({ input }) => ({ ...input.profile, group_id: input.group_id }))
    )
    upsertKhmerTranslationsStep(
      transform({ input }, ({ input }) => [
        {
          reference: "producer_group",
          reference_id: input.group_id,
          translations: { story: input.khmer?.story },
        },
      ])
    )
    const account = when(
      "producer-group-account-changed",
      { input },
      ({ input }) => Object.values(input.account ?? {}).some((value) => value !== undefined)
    ).then(() =>
      upsertProducerGroupAccountStep(
        transform({ input }, ({ input }) => ({ ...input.account, group_id: input.group_id }))
      )
    )
    emitEventStep({
      eventName: ProducerGroupEvents.UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.group_id })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse({ group, account })
  }
)
