/**
 * Khmer is written without spaces between words, so a search engine that splits text on spaces
 * (PostgreSQL's parser does) sees a whole phrase as one "word". ICU's dictionary-based word
 * segmentation, which Node ships (`Intl.Segmenter`), finds the words; documents and queries are
 * both put through it so they meet on the same tokens.
 */

const KHMER_CHARACTER = /[\u1780-\u17FF\u19E0-\u19FF]/

const segmenter = new Intl.Segmenter("km", { granularity: "word" })

export function hasKhmer(text: string): boolean {
  return KHMER_CHARACTER.test(text)
}

/** The Khmer words of a text, in order (other scripts are left out). */
export function khmerWords(text: string): string[] {
  if (!hasKhmer(text)) {
    return []
  }
  return [...segmenter.segment(text)]
    .filter((part) => part.isWordLike && hasKhmer(part.segment))
    .map((part) => part.segment)
}

/**
 * The text with a space between adjacent Khmer words ("ក្រមាសូត្រ" → "ក្រមា សូត្រ"); everything
 * else, including the spaces already there, stays as it was.
 */
export function spaceKhmerWords(text: string): string {
  if (!hasKhmer(text)) {
    return text
  }
  let spaced = ""
  let previousWasKhmerWord = false
  for (const part of segmenter.segment(text)) {
    const isKhmerWord = Boolean(part.isWordLike) && hasKhmer(part.segment)
    if (isKhmerWord && previousWasKhmerWord) {
      spaced += " "
    }
    spaced += part.segment
    previousWasKhmerWord = isKhmerWord
  }
  return spaced
}
