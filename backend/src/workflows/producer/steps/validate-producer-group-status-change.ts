import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerGroupStatusType } from "../../../modules/producer/producer-group-status"

export type ValidateProducerGroupStatusChangeStepInput = {
  id: string
  from: ProducerGroupStatusType[]
  to: ProducerGroupStatusType
}

/** Checks that the group exists (404) and may move from its current status to `to` (400). */
export const validateProducerGroupStatusChangeStep = createStep(
  "validate-producer-group-status-change",
  async (input: ValidateProducerGroupStatusChangeStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [group] = await producers.listProducerGroups({ id: input.id }, { select: ["id", "status"] })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer group ${input.id} was not found`)
    }
    if (!input.from.includes(group.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A ${group.status} producer group cannot become ${input.to}`
      )
    }
    return new StepResponse({ id: group.id, status: group.status })
  }
)
