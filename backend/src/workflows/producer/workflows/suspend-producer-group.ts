import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProducerGroupEvents } from "../../../modules/producer/producer-group-events"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import { updateProducerGroupStep } from "../steps/update-producer-group"
import { upsertProducerGroupAccountStep } from "../steps/upsert-producer-group-account"
import { validateProducerGroupStatusChangeStep } from "../steps/validate-producer-group-status-change"
import { setProducerGroupProductsListedWorkflow } from "./set-producer-group-products-listed"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type SuspendProducerGroupWorkflowInput = { id: string; reason: string }

/**
 * Suspends an active group: its products leave the store at once. The reason is kept on the
 * group's private account, where its members read it (`GET /producer/me`), and travels with the
 * `producer_group.suspended` event.
 */
export const suspendProducerGroupWorkflow = createWorkflow(
  "suspend-producer-group",
  (input: SuspendProducerGroupWorkflowInput) => {
    validateProducerGroupStatusChangeStep({
      id: input.id,
      from: [ProducerGroupStatus.ACTIVE],
      to: ProducerGroupStatus.SUSPENDED,
    })
    const group = updateProducerGroupStep({
      id: input.id,
      changes: { status: ProducerGroupStatus.SUSPENDED },
    })
    upsertProducerGroupAccountStep(
      transform({ input }, ({ input }) => ({ group_id: input.id, status_reason: input.reason }))
    )
    setProducerGroupProductsListedWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ group_id: input.id, listed: false })),
    })
    emitEventStep({
      eventName: ProducerGroupEvents.SUSPENDED,
      data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse(group)
  }
)
