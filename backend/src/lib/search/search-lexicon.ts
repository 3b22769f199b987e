import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { CRAFTS, MATERIALS, MEDUSA_LOCALES, PEOPLES, PROVINCES } from "@sipakam/shared"
import { SYNONYM_GROUPS } from "./synonyms"
import { buildLexicon, type SearchLexiconType } from "./typo-correction"
import { ProducerGroupStatus } from "../../modules/producer/producer-group-status"

type QueryType = Omit<RemoteQueryFunction, symbol>

/**
 * How long a process keeps its lexicon before reading it again. A word that only appeared since
 * is found as typed at once; it is only corrected towards after this long.
 */
export const SEARCH_LEXICON_TTL_MS = 10 * 60 * 1000

/**
 * The words shoppers search by, from what the index holds in short fields: product titles
 * (English and French), group names, consenting makers' names, techniques, the heritage
 * vocabulary and the synonyms. Long prose is left out: a typo is corrected towards a name, not
 * towards a word of some description.
 */
async function loadSearchLexicon(query: QueryType): Promise<SearchLexiconType> {
  const [products, frenchTitles, groups, makers, heritage] = await Promise.all([
    query.graph({ entity: "product", fields: ["title"], filters: { status: "published" } }),
    query.graph({
      entity: "translation",
      fields: ["translations"],
      filters: { reference: "product", locale_code: MEDUSA_LOCALES.fr },
    }),
    query.graph({ entity: "producer_group", fields: ["name"], filters: { status: ProducerGroupStatus.ACTIVE } }),
    query.graph({ entity: "public_maker", fields: ["display_name"], filters: { has_public_profile: true } }),
    query.graph({ entity: "heritage_profile", fields: ["technique"] }),
  ])
  const vocabulary = [CRAFTS, MATERIALS, PEOPLES, PROVINCES].flatMap((entries) =>
    entries.flatMap((entry) => [entry.labels.en, entry.labels.fr])
  )
  const texts = [
    ...(products.data as { title: string }[]).map((row) => row.title),
    ...(frenchTitles.data as { translations: { title?: unknown } | null }[]).map((row) =>
      typeof row.translations?.title === "string" ? row.translations.title : ""
    ),
    ...(groups.data as { name: string }[]).map((row) => row.name),
    ...(makers.data as { display_name: string }[]).map((row) => row.display_name),
    ...(heritage.data as { technique: string | null }[]).map((row) => row.technique ?? ""),
    ...vocabulary,
    ...SYNONYM_GROUPS.flat(),
  ]
  return buildLexicon(texts)
}

let current: { lexicon: Promise<SearchLexiconType>; loadedAt: number } | undefined

/**
 * This process's lexicon: read on first use, then read again in the background once it is older
 * than SEARCH_LEXICON_TTL_MS (searches go on with the previous one meanwhile).
 */
export function storeSearchLexicon(query: QueryType): Promise<SearchLexiconType> {
  const now = Date.now()
  if (!current) {
    const lexicon = loadSearchLexicon(query)
    current = { lexicon, loadedAt: now }
    lexicon.catch(() => {
      current = undefined
    })
    return lexicon
  }
  if (now - current.loadedAt > SEARCH_LEXICON_TTL_MS) {
    const previous = current
    current = { ...previous, loadedAt: now }
    loadSearchLexicon(query).then(
      (lexicon) => {
        current = { lexicon: Promise.resolve(lexicon), loadedAt: Date.now() }
      },
      () => {
        current = previous
      }
    )
  }
  return current.lexicon
}
