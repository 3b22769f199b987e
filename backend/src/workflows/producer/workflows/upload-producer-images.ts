import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createProducerUploadsStep } from "../steps/create-producer-uploads"
import { validateUploadQuotaStep } from "../steps/validate-upload-quota"

export type UploadProducerImagesWorkflowInput = {
  /** The uploading member's group, from its login. */
  group_id: string
  files: { filename: string; mimeType: string; content: string; size_bytes: number }[]
}

/** Long enough for ten 5 MB files to be stored, short enough that a crashed upload frees it soon. */
const UPLOAD_LOCK = { timeout: 30, ttl: 60 }

/**
 * Stores a group's images in the File Module, public, and records them as the group's uploads
 * (its quota, and the pictures it may show). A group's uploads run one at a time, so two at
 * once cannot both fit into the last of its quota.
 */
export const uploadProducerImagesWorkflow = createWorkflow(
  "upload-producer-images",
  (input: UploadProducerImagesWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `producer-uploads:${input.group_id}`)
    acquireLockStep({ key: lockKey, timeout: UPLOAD_LOCK.timeout, ttl: UPLOAD_LOCK.ttl })
    validateUploadQuotaStep(
      transform({ input }, ({ input }) => ({
        group_id: input.group_id,
        sizes_bytes: input.files.map((file) => file.size_bytes),
      }))
    )
    const stored = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.files.map(({ filename, mimeType, content }) => ({
          filename,
          mimeType,
          content,
          access: "public" as const,
        })),
      })),
    })
    createProducerUploadsStep(
      transform({ input, stored }, ({ input, stored }) => ({
        group_id: input.group_id,
        // The File Module answers the files in the order they were given.
        files: stored.map((file, index) => ({
          file_id: file.id,
          url: file.url,
          size_bytes: input.files[index].size_bytes,
        })),
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ stored }, ({ stored }) => stored.map((file) => ({ id: file.id, url: file.url })))
    )
  }
)
