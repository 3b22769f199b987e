import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerUploadsStepInput = {
  group_id: string
  files: { file_id: string; url: string; size_bytes: number }[]
}

/** Records which group uploaded which files, at which url. */
export const createProducerUploadsStep = createStep(
  "create-producer-uploads",
  async (input: CreateProducerUploadsStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const uploads = await producers.createProducerUploads(
      input.files.map((file) => ({ ...file, group_id: input.group_id }))
    )
    return new StepResponse(
      uploads,
      uploads.map((upload) => upload.id)
    )
  },
  async (uploadIds, { container }) => {
    if (!uploadIds?.length) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerUploads(uploadIds)
  }
)
