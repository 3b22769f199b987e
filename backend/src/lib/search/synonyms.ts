/**
 * Words shoppers use for the same thing. Every term of a group finds the others: a product whose
 * text holds any term of a group is indexed with all of them (see `synonymsFor`), which works on
 * any engine; Meilisearch also gets the groups as its own synonyms setting.
 * Terms are lower-case; a term of several words matches those words in that order.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["krama", "scarf", "scarves"],
  ["sbek", "sbek thom", "shadow puppet", "shadow puppets", "puppet", "puppets"],
  ["hol", "ikat"],
  ["pottery", "ceramic", "ceramics", "earthenware"],
  ["basket", "baskets", "basketry", "wickerwork"],
  ["silverwork", "silverware", "silversmith"],
  ["lacquer", "lacquerware"],
  ["carving", "carvings", "carved", "sculpture"],
  ["tro", "fiddle"],
  ["chapei", "lute"],
  ["cushion", "pillow"],
  ["sampot", "sarong", "skirt"],
]

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function containsPhrase(haystack: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= haystack.length; start++) {
    if (phrase.every((word, offset) => haystack[start + offset] === word)) {
      return true
    }
  }
  return false
}

/** The synonyms a text should also be found by: every term of each group it mentions. */
export function synonymsFor(text: string): string[] {
  const textWords = words(text)
  const found = new Set<string>()
  for (const group of SYNONYM_GROUPS) {
    if (group.some((term) => containsPhrase(textWords, words(term)))) {
      group.forEach((term) => found.add(term))
    }
  }
  return [...found]
}

/** The groups in Meilisearch's shape: each term maps to the other terms of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...group.filter((other) => other !== term)])]
    }
  }
  return synonyms
}
