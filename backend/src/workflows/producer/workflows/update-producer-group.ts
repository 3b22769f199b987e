import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProducerGroupEvents } from "../../../modules/producer/producer-group-events"
import { updateProducerGroupStep, type ProducerGroupChangesType } from "../steps/update-producer-group"
import { upsertProducerGroupAccountStep } from "../steps/upsert-producer-group-account"
import { syncGroupPublicMakersWorkflow } from "./sync-group-public-makers"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type UpdateProducerGroupWorkflowInput = { id: string } & Omit<ProducerGroupChangesType, "status"> & {
    contacts?: { email?: string | null; phone?: string | null }
  }

/**
 * The operator's edit of a group's profile, trust, commission and contacts (status changes
 * have their own workflows: approve and suspend). A new name reaches the public projections of
 * the group's makers ("An artisan of <group>").
 */
export const updateProducerGroupWorkflow = createWorkflow(
  "update-producer-group",
  (input: UpdateProducerGroupWorkflowInput) => {
    const group = updateProducerGroupStep(
      transform({ input }, ({ input }) => {
        const { id, contacts: _contacts, ...changes } = input
        return { id, changes }
      })
    )
    when("producer-group-contacts-changed", { input }, ({ input }) => Boolean(input.contacts)).then(() =>
      upsertProducerGroupAccountStep(
        transform({ input }, ({ input }) => ({
          group_id: input.id,
          contact_email: input.contacts?.email,
          contact_phone: input.contacts?.phone,
        }))
      )
    )
    when("producer-group-renamed", { input }, ({ input }) => input.name !== undefined).then(() =>
      syncGroupPublicMakersWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ group_id: input.id })),
      })
    )
    emitEventStep({
      eventName: ProducerGroupEvents.UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse(group)
  }
)
