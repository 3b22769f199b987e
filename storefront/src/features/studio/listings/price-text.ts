import { currencyFractionDigits, toMinorUnits } from "@sipakam/shared/money"

/**
 * A price typed by the coordinator ("25", "25.5", "25,50", "$25.50") in integer minor units, or
 * null when it is not a price: more decimals than the currency has, letters, or nothing.
 */
export function parsePriceText(text: string, currency: string): number | null {
  const cleaned = text.trim().replace(/^[$€]\s*/, "").replace(",", ".")
  const digits = currencyFractionDigits(currency)
  const pattern = digits ? new RegExp(`^\\d{1,7}(?:\\.\\d{0,${digits}})?$`) : /^\d{1,9}$/
  if (!pattern.test(cleaned)) return null
  return toMinorUnits(cleaned.endsWith(".") ? cleaned.slice(0, -1) : cleaned, currency)
}

/** Minor units as the plain number a price field shows ("25.50"), without a currency sign. */
export function priceFieldText(amountMinor: number, currency: string): string {
  const digits = currencyFractionDigits(currency)
  return digits ? (amountMinor / 10 ** digits).toFixed(digits) : String(amountMinor)
}
