import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ConsentRecordType, MakerFieldsType } from "./create-maker"

export type UpdateMakerStepInput = Partial<MakerFieldsType> &
  ConsentRecordType & {
    id: string
    retired_at?: Date | null
  }

export const updateMakerStep = createStep(
  "update-maker",
  async ({ id, ...update }: UpdateMakerStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const fields = Object.keys(update).filter(
      (field) => update[field as keyof typeof update] !== undefined
    )
    const previous = await producers.retrieveMaker(id)
    const maker = await producers.updateMakers({ id, ...update })
    const restore: Record<string, unknown> = { id }
    for (const field of fields) {
      restore[field] = previous[field as keyof typeof previous]
    }
    return new StepResponse(maker, restore as UpdateMakerStepInput)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateMakers(restore)
  }
)
