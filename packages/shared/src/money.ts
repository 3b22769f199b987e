import { formatWithPattern, MONEY_PATTERNS } from "./money-patterns.js"

/**
 * Money is an integer number of minor units (cents for USD and EUR, whole riels for KHR) with
 * its currency. Medusa 2 stores and returns prices in major units (25.5 = $25.50), so amounts
 * cross that boundary only through `fromMedusaAmount` and `toMedusaAmount`.
 */

/**
 * The minor units of the currencies Sipakam prices in, so that none of them needs Intl (see
 * money-patterns.ts); other currencies follow Intl (ISO 4217). ISO gives the riel two decimals,
 * but no coin below one riel circulates and prices are quoted in whole riels.
 */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { USD: 2, EUR: 2, KHR: 0 }

const fractionDigitsCache = new Map<string, number>()
const formatterCache = new Map<string, Intl.NumberFormat>()

function normalizeCurrency(currency: string): string {
  const code = currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new RangeError(`Not an ISO 4217 currency code: "${currency}"`)
  }
  return code
}

/** How many decimals the currency's minor unit has: USD 2, EUR 2, JPY 0, KHR 0. */
export function currencyFractionDigits(currency: string): number {
  const code = normalizeCurrency(currency)
  let digits = fractionDigitsCache.get(code)
  if (digits === undefined) {
    digits =
      FRACTION_DIGITS[code] ??
      new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
        .maximumFractionDigits ??
      2
    fractionDigitsCache.set(code, digits)
  }
  return digits
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/**
 * Moves the decimal point `shift` places right and rounds half away from zero, working on the
 * decimal digits rather than on floating point, so 1.005 becomes 101 and not 100.
 */
function shiftAndRound(value: number | string, shift: number): number {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite amount: ${value}`)
  }
  const text = typeof value === "number" ? String(value) : value.trim()
  const match = DECIMAL.exec(text)
  const whole = match?.[2] ?? ""
  const fraction = match?.[3] ?? ""
  if (!match || whole + fraction === "") {
    throw new RangeError(`Not a decimal amount: "${value}"`)
  }
  const digits = whole + fraction
  const point = whole.length + Number(match[4] ?? 0) + shift
  const integerDigits = point <= 0 ? "0" : digits.slice(0, point).padEnd(point, "0")
  const nextDigit = point >= 0 && point < digits.length ? Number(digits[point]) : 0
  const magnitude = BigInt(integerDigits) + (nextDigit >= 5 ? BigInt(1) : BigInt(0))
  const result = Number(match[1] === "-" ? -magnitude : magnitude)
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`Amount out of range: "${value}"`)
  }
  return result
}

function assertMinorUnits(amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Minor units must be a safe integer, got ${amountMinor}`)
  }
}

/**
 * A major-unit amount ("25.50", 25.5) as integer minor units of the currency (2550), rounded
 * half away from zero to the currency's minor unit.
 */
export function toMinorUnits(amountMajor: number | string, currency: string): number {
  return shiftAndRound(amountMajor, currencyFractionDigits(currency))
}

/** An amount as Medusa returns it (major units, e.g. 25.5) in integer minor units. */
export function fromMedusaAmount(amount: number | string, currency: string): number {
  return toMinorUnits(amount, currency)
}

/** Integer minor units as the major-unit number Medusa stores (2550 USD becomes 25.5). */
export function toMedusaAmount(amountMinor: number, currency: string): number {
  assertMinorUnits(amountMinor)
  // An integer divided by a power of ten is the double nearest the decimal, so it prints exactly.
  return amountMinor / 10 ** currencyFractionDigits(currency)
}

/** Integer minor units formatted for people reading `locale`, e.g. 2550 USD in "en" is "$25.50". */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  assertMinorUnits(amountMinor)
  const code = normalizeCurrency(currency)
  const digits = currencyFractionDigits(code)
  const key = `${locale}|${code}`
  const pattern = MONEY_PATTERNS[key]
  if (pattern) {
    return formatWithPattern(amountMinor, digits, pattern)
  }
  let formatter = formatterCache.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    formatterCache.set(key, formatter)
  }
  return formatter.format(amountMinor / 10 ** digits)
}

/**
 * Converts minor units between currencies at `rate` units of `to` per unit of `from` (for
 * example 4100 riels per dollar), rounded to the target's minor unit. For indicative prices
 * only: what is charged is always the amount in the region's own currency.
 */
export function convertMinorUnits(
  amountMinor: number,
  from: string,
  to: string,
  rate: number
): number {
  assertMinorUnits(amountMinor)
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new RangeError(`Exchange rate must be a positive number, got ${rate}`)
  }
  return toMinorUnits((amountMinor / 10 ** currencyFractionDigits(from)) * rate, to)
}
