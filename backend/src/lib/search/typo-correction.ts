import { hasKhmer } from "./khmer"

/** The words the store's search knows, each with how often it occurs (the commoner wins a tie). */
export type SearchLexiconType = ReadonlyMap<string, number>

/** Words as the lexicon and queries compare them: lower case, accents dropped, Khmer left out. */
export function lexiconWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  return words
    .filter((word) => !hasKhmer(word))
    .map((word) => word.normalize("NFD").replace(/\p{M}/gu, ""))
    .filter(Boolean)
}

export function buildLexicon(texts: Iterable<string>): Map<string, number> {
  const lexicon = new Map<string, number>()
  for (const text of texts) {
    for (const word of lexiconWords(text)) {
      lexicon.set(word, (lexicon.get(word) ?? 0) + 1)
    }
  }
  return lexicon
}

/**
 * How many typos apart two words are: a letter missing, added, replaced, or two neighbours swapped
 * ("scraf" → "scarf") each count one, as in Meilisearch (optimal string alignment distance).
 */
export function typoDistance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: two back (for swaps), the last, the current.
  let beforeLast: number[] = []
  let last = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(last[j] + 1, current[j - 1] + 1, last[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], beforeLast[j - 2] + 1)
      }
    }
    beforeLast = last
    last = current
  }
  return last[b.length]
}

/** Meilisearch's default rule: one typo from five letters on, two from nine. */
function typosAllowed(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}

function closestKnownWord(word: string, lexicon: SearchLexiconType): string | undefined {
  const allowed = typosAllowed(word)
  let best: { word: string; typos: number; frequency: number } | undefined
  for (const [candidate, frequency] of lexicon) {
    if (Math.abs(candidate.length - word.length) > allowed) {
      continue
    }
    const typos = typoDistance(word, candidate)
    if (typos > allowed) {
      continue
    }
    if (!best || typos < best.typos || (typos === best.typos && frequency > best.frequency)) {
      best = { word: candidate, typos, frequency }
    }
  }
  return best?.word
}

function startsAnyWord(prefix: string, lexicon: SearchLexiconType): boolean {
  for (const candidate of lexicon.keys()) {
    if (candidate.startsWith(prefix)) {
      return true
    }
  }
  return false
}

/**
 * The query with each misspelt word replaced by the closest word the store knows ("silck scarf"
 * → "silk scarf"), or null when there is nothing to correct. Khmer words, known words, short
 * words and (when the last word is being typed) a last word that begins a known word are kept.
 */
export function correctQuery(
  q: string,
  lexicon: SearchLexiconType,
  options: { lastWordIsPrefix: boolean }
): string | null {
  const parts = q.trim().split(/\s+/)
  let changed = false
  const corrected = parts.map((part, position) => {
    const words = lexiconWords(part)
    if (words.length !== 1 || hasKhmer(part)) {
      return part
    }
    const [word] = words
    if (lexicon.has(word)) {
      return part
    }
    const typing = options.lastWordIsPrefix && position === parts.length - 1
    if (typing && startsAnyWord(word, lexicon)) {
      return part
    }
    const known = closestKnownWord(word, lexicon)
    if (!known) {
      return part
    }
    changed = true
    return known
  })
  return changed ? corrected.join(" ") : null
}
