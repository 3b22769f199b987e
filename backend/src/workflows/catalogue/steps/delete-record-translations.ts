import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Soft-deletes every translation of the given records; compensation restores them. */
export const deleteRecordTranslationsStep = createStep(
  "delete-record-translations",
  async (input: { reference_ids: string[] }, { container }) => {
    if (!input.reference_ids.length) {
      return new StepResponse(undefined, [] as string[])
    }
    const translation = container.resolve(Modules.TRANSLATION)
    const existing = await translation.listTranslations(
      { reference_id: input.reference_ids },
      { select: ["id"] }
    )
    const ids = existing.map((item) => item.id)
    if (ids.length) {
      await translation.softDeleteTranslations(ids)
    }
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve(Modules.TRANSLATION).restoreTranslations(ids)
  }
)
