import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { KHMER_LOCALE } from "@sipakam/shared"

/** The Khmer fields of one record, `reference` being the translatable entity (e.g. "product"). */
export type KhmerTranslation = {
  reference: string
  reference_id: string
  translations: Record<string, string>
}

/**
 * Stores the Khmer texts in Medusa's Translation Module, which serves them on store routes
 * for `?locale=km-KH` (or the `x-medusa-locale` header). Records that already have a Khmer
 * translation are left as they are.
 */
export async function ensureKhmerTranslations(
  container: MedusaContainer,
  wanted: KhmerTranslation[]
): Promise<void> {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: wanted.map((item) => item.reference_id), locale_code: KHMER_LOCALE.code },
    { select: ["id", "reference_id"] }
  )
  const translated = new Set(existing.map((item) => item.reference_id))
  const missing = wanted.filter((item) => !translated.has(item.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({
      input: { translations: missing.map((item) => ({ ...item, locale_code: KHMER_LOCALE.code })) },
    })
  }
}
