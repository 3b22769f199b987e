import { DEFAULT_UI_LANGUAGE, type LocalizedLabels, type UiLanguage } from "../languages.js"

/** One term of the domain vocabulary: a stable kebab-case code and its labels. */
export interface VocabularyEntry<Code extends string = string> {
  readonly code: Code
  readonly labels: LocalizedLabels
}

/** The codes of a vocabulary list, in order. */
export function codesOf<Code extends string>(
  entries: readonly VocabularyEntry<Code>[]
): [Code, ...Code[]] {
  const codes = entries.map((entry) => entry.code)
  if (codes.length === 0) {
    throw new Error("A vocabulary needs at least one entry")
  }
  return codes as [Code, ...Code[]]
}

/** The label of a code in a language, or undefined for an unknown code. */
export function labelOf<Code extends string>(
  entries: readonly VocabularyEntry<Code>[],
  code: string,
  language: UiLanguage = DEFAULT_UI_LANGUAGE
): string | undefined {
  const entry = entries.find((candidate) => candidate.code === code)
  return entry ? entry.labels[language] || entry.labels[DEFAULT_UI_LANGUAGE] : undefined
}
