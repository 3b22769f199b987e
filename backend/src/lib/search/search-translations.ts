import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MEDUSA_LOCALES } from "@sipakam/shared"
import type { ProductSearchRowType, RecordTranslationsType, SearchTranslationsType } from "./product-document"


type TranslationRowType = {
  reference_id: string
  locale_code: string
  translations: Record<string, unknown> | null
}

/**
 * The Khmer and French texts (Medusa's Translation Module) of a page of products, their heritage
 * profiles and their groups: one query per page, however many products it holds.
 */
export async function loadSearchTranslations(
  query: Omit<RemoteQueryFunction, symbol>,
  rows: ProductSearchRowType[]
): Promise<SearchTranslationsType> {
  const recordIds = [
    ...new Set(
      rows.flatMap((row) => [row.id, row.heritage_profile?.id, row.producer_group?.id]).filter(
        (id): id is string => Boolean(id)
      )
    ),
  ]
  const translations: SearchTranslationsType = { km: new Map(), fr: new Map() }
  if (!recordIds.length) {
    return translations
  }
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code", "translations"],
    filters: { reference_id: recordIds, locale_code: [MEDUSA_LOCALES.km, MEDUSA_LOCALES.fr] },
  })
  for (const row of data as TranslationRowType[]) {
    const texts: RecordTranslationsType = {}
    for (const [field, value] of Object.entries(row.translations ?? {})) {
      if (typeof value === "string" && value.trim()) {
        texts[field] = value
      }
    }
    const target = row.locale_code === MEDUSA_LOCALES.km ? translations.km : translations.fr
    target.set(row.reference_id, texts)
  }
  return translations
}
