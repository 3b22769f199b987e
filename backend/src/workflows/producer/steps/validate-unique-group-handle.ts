import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const validateUniqueGroupHandleStep = createStep(
  "validate-unique-group-handle",
  async (input: { handle: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [existing] = await producers.listProducerGroups({ handle: input.handle }, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A producer group with handle "${input.handle}" already exists`
      )
    }
  }
)
