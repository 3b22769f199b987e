import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { PRODUCER_UPLOAD_QUOTA } from "../../../modules/producer/upload-quota"

export type ValidateUploadQuotaStepInput = { group_id: string; sizes_bytes: number[] }

const MIB = 1024 * 1024

/** Refuses an upload that would take the group past its quota of files or bytes. */
export const validateUploadQuotaStep = createStep(
  "validate-upload-quota",
  async (input: ValidateUploadQuotaStepInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const uploads = await producers.listProducerUploads(
      { group: { id: input.group_id } },
      { select: ["size_bytes"], take: null }
    )
    const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0)
    const usedBytes = sum(uploads.map((upload) => upload.size_bytes))
    const files = uploads.length + input.sizes_bytes.length
    const bytes = usedBytes + sum(input.sizes_bytes)
    if (files > PRODUCER_UPLOAD_QUOTA.files || bytes > PRODUCER_UPLOAD_QUOTA.bytes) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Over your group's upload quota of ${PRODUCER_UPLOAD_QUOTA.files} images and ` +
          `${PRODUCER_UPLOAD_QUOTA.bytes / MIB} MB: it has uploaded ${uploads.length} images ` +
          `(${Math.ceil(usedBytes / MIB)} MB), and these ${input.sizes_bytes.length} do not fit`
      )
    }
  }
)
