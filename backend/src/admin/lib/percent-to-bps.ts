/** Basis points per percent: 15% is 1500 bps. */
const BPS_PER_PERCENT = 100
/** The highest commission the API accepts: 50%. */
export const MAX_COMMISSION_BPS = 5000

/**
 * A commission typed by the operator as a percentage ("15", "12.5", "7.25") in integer basis
 * points, exactly (no floating point); null when it is not a number with at most two decimals
 * between 0 and 50.
 */
export function percentToBps(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) {
    return null
  }
  const bps = Number(match[1]) * BPS_PER_PERCENT + Number((match[2] ?? "").padEnd(2, "0"))
  return bps <= MAX_COMMISSION_BPS ? bps : null
}

/** Basis points shown as a percentage: 1250 is "12.5". */
export function bpsToPercent(bps: number): string {
  return String(bps / BPS_PER_PERCENT)
}
