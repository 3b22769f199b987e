import { DEFAULT_COMMISSION_RATE_BPS, splitSale } from "@sipakam/shared"

export type PriceBreakdownType = {
  priceMinor: number
  groupMinor: number
  commissionMinor: number
  rateBps: number
}

/**
 * Where a price goes: the platform's commission at the group's rate and the rest to the group,
 * in integer minor units that add up to exactly the price. The store API keeps each group's
 * rate private, so the page uses the rate every group starts with.
 */
export function priceBreakdown(priceMinor: number, rateBps: number = DEFAULT_COMMISSION_RATE_BPS): PriceBreakdownType {
  const { groupMinor, commissionMinor } = splitSale(priceMinor, rateBps)
  return { priceMinor, groupMinor, commissionMinor, rateBps }
}

/** A rate in basis points as a percentage in the shopper's language: 1500 is "15%", "15 %" in French. */
export function formatRateBps(rateBps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBps / 10_000)
}
