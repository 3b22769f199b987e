import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const validateProducerGroupExistsStep = createStep(
  "validate-producer-group-exists",
  async (input: { group_id: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [group] = await producers.listProducerGroups({ id: input.group_id }, { take: 1 })
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer group with id: ${input.group_id} was not found`
      )
    }
    return new StepResponse(group)
  }
)
