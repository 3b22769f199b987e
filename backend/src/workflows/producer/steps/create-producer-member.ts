import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerMemberStepInput = {
  group_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
}

export const createProducerMemberStep = createStep(
  "create-producer-member",
  async (input: CreateProducerMemberStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const member = await producers.createProducerMembers(input)
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerMembers(memberId)
  }
)
