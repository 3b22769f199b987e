import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KHMER_LOCALE } from "@sipakam/shared"

/** Khmer texts of one record; a null value removes that field's translation. */
export type KhmerTextsType = {
  reference: string
  reference_id: string
  translations: Record<string, string | null | undefined>
}

type CompensationType = {
  created: string[]
  previous: { id: string; translations: Record<string, unknown> }[]
}

/**
 * Writes Khmer texts to Medusa's Translation Module (locale km-KH), which the store serves for
 * `?locale=km-KH`. Fields not mentioned keep their translation; a null clears one. Compensation
 * deletes what was created and restores what was changed.
 */
export const upsertKhmerTranslationsStep = createStep(
  "upsert-khmer-translations",
  async (input: KhmerTextsType[], { container }) => {
    const wanted = input
      .map((item) => ({
        ...item,
        translations: Object.fromEntries(
          Object.entries(item.translations).filter(([, value]) => value !== undefined)
        ) as Record<string, string | null>,
      }))
      .filter((item) => Object.keys(item.translations).length)
    const compensation: CompensationType = { created: [], previous: [] }
    if (!wanted.length) {
      return new StepResponse(undefined, compensation)
    }

    const translation = container.resolve(Modules.TRANSLATION)
    const existing = await translation.listTranslations(
      { reference_id: wanted.map((item) => item.reference_id), locale_code: KHMER_LOCALE.code },
      { select: ["id", "reference_id", "translations"] }
    )
    const existingByRecord = new Map(existing.map((item) => [item.reference_id, item]))

    const withoutCleared = (texts: Record<string, string | null>) =>
      Object.fromEntries(Object.entries(texts).filter(([, value]) => value !== null))

    const toCreate = wanted
      .filter((item) => !existingByRecord.has(item.reference_id))
      .map((item) => ({ ...item, translations: withoutCleared(item.translations) }))
      .filter((item) => Object.keys(item.translations).length)
    // The module merges json on update, so a cleared field is stored as null (which the store
    // ignores) and the previous texts are restored with the fields this update added set to null.
    const toUpdate = wanted.flatMap((item) => {
      const current = existingByRecord.get(item.reference_id)
      if (!current) {
        return []
      }
      const previous: Record<string, unknown> = { ...(current.translations ?? {}) }
      for (const field of Object.keys(item.translations)) {
        previous[field] = previous[field] ?? null
      }
      return [{ id: current.id, translations: item.translations, previous }]
    })

    if (toCreate.length) {
      const created = await translation.createTranslations(
        toCreate.map((item) => ({ ...item, locale_code: KHMER_LOCALE.code }))
      )
      compensation.created = created.map((item) => item.id)
    }
    if (toUpdate.length) {
      await translation.updateTranslations(
        toUpdate.map(({ id, translations }) => ({ id, translations }))
      )
      compensation.previous = toUpdate.map(({ id, previous }) => ({ id, translations: previous }))
    }
    return new StepResponse(undefined, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const translation = container.resolve(Modules.TRANSLATION)
    if (compensation.created.length) {
      await translation.deleteTranslations(compensation.created)
    }
    if (compensation.previous.length) {
      await translation.updateTranslations(compensation.previous)
    }
  }
)
