import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerGroupStatusType } from "../../../modules/producer/producer-group-status"

export type CreateProducerGroupStepInput = {
  handle: string
  name: string
  province: string
  village?: string | null
  story?: string | null
  logo_url?: string | null
  status?: ProducerGroupStatusType
  trusted?: boolean
  commission_rate_bps?: number
}

export const createProducerGroupStep = createStep(
  "create-producer-group",
  async (input: CreateProducerGroupStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const group = await producers.createProducerGroups(input)
    return new StepResponse(group, group.id)
  },
  async (groupId, { container }) => {
    if (!groupId) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerGroups(groupId)
  }
)
