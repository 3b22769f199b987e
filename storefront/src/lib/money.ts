import { convertMinorUnits, formatMoney, fromMedusaAmount } from "@sipakam/shared/money"

/**
 * The storefront's one way to show a price. Medusa 2 returns amounts in major units
 * (25.5 is $25.50); @sipakam/shared turns them into exact minor units and formats those.
 */
export function formatMedusaAmount(amount: number, currencyCode: string, locale: string): string {
  return formatMoney(fromMedusaAmount(amount, currencyCode), currencyCode, locale)
}

/** An amount already in integer minor units (the search index's prices: 4800 is $48.00). */
export function formatMinorAmount(amountMinor: number, currencyCode: string, locale: string): string {
  return formatMoney(amountMinor, currencyCode, locale)
}

/**
 * What a US-dollar amount is in riels at the Cambodia region's rate, formatted ("៛41,000"):
 * shown beside the price as a guide; the charge is always in the region's currency.
 */
export function formatRielEquivalent(amountUsdMinor: number, khrPerUsd: number, locale: string): string {
  return formatMoney(convertMinorUnits(amountUsdMinor, "usd", "khr", khrPerUsd), "khr", locale)
}
