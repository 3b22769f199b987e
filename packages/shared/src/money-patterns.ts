/**
 * How each UI language writes an amount of each currency Sipakam prices in, as CLDR (Intl) writes
 * it: `#` stands for the grouped number. A browser's first `Intl.NumberFormat` loads its
 * number-formatting data, 50-90 ms of main-thread CPU on our 2-core build machine and several
 * times that on a cheap phone, on every page that shows a price; formatting from these patterns
 * costs nothing. money-patterns.test.ts checks every pattern against Intl for many amounts, so a change
 * in CLDR fails there and says what to write here. Other locales and currencies use Intl.
 */
export type MoneyPatternType = {
  /** The number's thousands separator (every three digits) and decimal separator. */
  group: string
  decimal: string
  positive: string
  negative: string
}

const NBSP = "\u00a0"
const NARROW_NBSP = "\u202f"

const LATIN_PUNCTUATION = { group: ",", decimal: "." }
const FRENCH_PUNCTUATION = { group: NARROW_NBSP, decimal: "," }

/** Symbol before the number, minus before the symbol: "$1,234.50", "-$5.00". */
function before(symbol: string): Pick<MoneyPatternType, "positive" | "negative"> {
  return { positive: `${symbol}#`, negative: `-${symbol}#` }
}

/** Symbol after the number: "1,234.50$", "-5.00$"; "1 234,50 €" with a separator. */
function after(symbol: string): Pick<MoneyPatternType, "positive" | "negative"> {
  return { positive: `#${symbol}`, negative: `-#${symbol}` }
}

/** Keyed `${language}|${currency}`, the language as the UI names it (i18n.language). */
export const MONEY_PATTERNS: Readonly<Record<string, MoneyPatternType>> = {
  "en|USD": { ...LATIN_PUNCTUATION, ...before("$") },
  "en|EUR": { ...LATIN_PUNCTUATION, ...before("€") },
  "en|KHR": { ...LATIN_PUNCTUATION, ...before(`KHR${NBSP}`) },
  "km|USD": { ...LATIN_PUNCTUATION, ...after("$") },
  "km|EUR": { ...LATIN_PUNCTUATION, ...after("€") },
  "km|KHR": { ...LATIN_PUNCTUATION, ...after("៛") },
  "fr|USD": { ...FRENCH_PUNCTUATION, ...after(`${NBSP}$US`) },
  "fr|EUR": { ...FRENCH_PUNCTUATION, ...after(`${NBSP}€`) },
  "fr|KHR": { ...FRENCH_PUNCTUATION, ...after(`${NBSP}KHR`) },
  "zh|USD": { ...LATIN_PUNCTUATION, ...before("US$") },
  "zh|EUR": { ...LATIN_PUNCTUATION, ...before("€") },
  "zh|KHR": { ...LATIN_PUNCTUATION, ...before(`KHR${NBSP}`) },
  "ko|USD": { ...LATIN_PUNCTUATION, ...before("US$") },
  "ko|EUR": { ...LATIN_PUNCTUATION, ...before("€") },
  "ko|KHR": { ...LATIN_PUNCTUATION, ...before(`KHR${NBSP}`) },
  "ja|USD": { ...LATIN_PUNCTUATION, ...before("$") },
  "ja|EUR": { ...LATIN_PUNCTUATION, ...before("€") },
  "ja|KHR": { ...LATIN_PUNCTUATION, ...before(`KHR${NBSP}`) },
}

/** `digits` (no sign) with the pattern's separators: "1234567" and 2 decimals is "12,345.67". */
function groupedNumber(digits: string, fractionDigits: number, pattern: MoneyPatternType): string {
  const padded = digits.padStart(fractionDigits + 1, "0")
  const whole = padded.slice(0, padded.length - fractionDigits)
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, pattern.group)
  return fractionDigits > 0 ? `${grouped}${pattern.decimal}${padded.slice(-fractionDigits)}` : grouped
}

/** Integer minor units written with a pattern, e.g. -123456 with 2 decimals and en|USD: "-$1,234.56". */
export function formatWithPattern(amountMinor: number, fractionDigits: number, pattern: MoneyPatternType): string {
  const number = groupedNumber(String(Math.abs(amountMinor)), fractionDigits, pattern)
  return (amountMinor < 0 ? pattern.negative : pattern.positive).replace("#", number)
}
