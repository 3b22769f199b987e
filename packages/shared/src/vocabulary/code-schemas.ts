import { z } from "zod"
import { CRAFTS, type CraftCode } from "./crafts.js"
import { MATERIALS, type MaterialCode } from "./materials.js"
import { PEOPLES, type PeopleCode } from "./peoples.js"
import { PROVINCES, type ProvinceCode } from "./provinces.js"
import { codesOf, type VocabularyEntry } from "./vocabulary.js"

// The schemas live apart from the lists (crafts.ts and the rest): pages that only show the
// vocabulary, such as the storefront's home and shop, then load neither them nor zod. Building
// them costs a phone tens of milliseconds.

/** A zod schema accepting exactly the codes of a vocabulary list. */
export function codeSchemaOf<Code extends string>(entries: readonly VocabularyEntry<Code>[]) {
  return z.enum(codesOf(entries))
}

export const CraftCodeSchema = codeSchemaOf<CraftCode>(CRAFTS)
export const ProvinceCodeSchema = codeSchemaOf<ProvinceCode>(PROVINCES)
export const PeopleCodeSchema = codeSchemaOf<PeopleCode>(PEOPLES)
export const MaterialCodeSchema = codeSchemaOf<MaterialCode>(MATERIALS)
