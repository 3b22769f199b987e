import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProducerGroupEvents } from "../../../modules/producer/producer-group-events"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"
import { updateProducerGroupStep } from "../steps/update-producer-group"
import { upsertProducerGroupAccountStep } from "../steps/upsert-producer-group-account"
import { validateProducerGroupStatusChangeStep } from "../steps/validate-producer-group-status-change"
import { setProducerGroupProductsListedWorkflow } from "./set-producer-group-products-listed"
import { startStoreImpactVersionStep } from "../../impact/steps/start-store-impact-version"

export type ApproveProducerGroupWorkflowInput = { id: string }

/**
 * Makes a pending or suspended group active, clears any suspension reason, and puts all its
 * products in the store.
 */
export const approveProducerGroupWorkflow = createWorkflow(
  "approve-producer-group",
  (input: ApproveProducerGroupWorkflowInput) => {
    validateProducerGroupStatusChangeStep({
      id: input.id,
      from: [ProducerGroupStatus.PENDING, ProducerGroupStatus.SUSPENDED],
      to: ProducerGroupStatus.ACTIVE,
    })
    const group = updateProducerGroupStep({
      id: input.id,
      changes: { status: ProducerGroupStatus.ACTIVE },
    })
    upsertProducerGroupAccountStep(
      transform({ input }, ({ input }) => ({ group_id: input.id, status_reason: null }))
    )
    setProducerGroupProductsListedWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ group_id: input.id, listed: true })),
    })
    emitEventStep({
      eventName: ProducerGroupEvents.APPROVED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    startStoreImpactVersionStep()
    return new WorkflowResponse(group)
  }
)
