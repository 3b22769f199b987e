/**
 * Commission and proportional shares on integer minor units. Every result is an integer,
 * rounded half up (a half unit goes up: 0.5 cent becomes 1 cent), computed with BigInt so that
 * no floating point is ever involved.
 */

/** 10 000 basis points make 100%. */
export const BASIS_POINTS_PER_WHOLE = 10_000

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`)
  }
}

/** floor((numerator + denominator / 2) / denominator) for non-negative integers: half up. */
function divideRoundingHalfUp(numerator: bigint, denominator: bigint): number {
  const result = (BigInt(2) * numerator + denominator) / (BigInt(2) * denominator)
  return Number(result)
}

/**
 * A rate in basis points applied to an amount in minor units, rounded half up:
 * floor((amount × bps + 5000) / 10000). 15% (1500 bps) of $8.99 (899) is 134.85 → 135.
 */
export function applyRateBps(amountMinor: number, rateBps: number): number {
  assertNonNegativeInteger(amountMinor, "Amount")
  assertNonNegativeInteger(rateBps, "Rate")
  if (rateBps > BASIS_POINTS_PER_WHOLE) {
    throw new RangeError(
      `Rate must be at most ${BASIS_POINTS_PER_WHOLE} basis points, got ${rateBps}`
    )
  }
  return divideRoundingHalfUp(
    BigInt(amountMinor) * BigInt(rateBps),
    BigInt(BASIS_POINTS_PER_WHOLE)
  )
}

/**
 * The share of `amountMinor` that `part` of `whole` units carry, rounded half up:
 * floor((amount × part + whole / 2) / whole). Shares are meant to be taken cumulatively
 * (the share of everything returned so far, minus what was already taken), so that the shares
 * of all `whole` units always add up to exactly `amountMinor`, whatever the rounding.
 */
export function prorateMinorUnits(amountMinor: number, part: number, whole: number): number {
  assertNonNegativeInteger(amountMinor, "Amount")
  assertNonNegativeInteger(part, "Part")
  assertNonNegativeInteger(whole, "Whole")
  if (whole === 0 || part > whole) {
    throw new RangeError(`Part must be between 0 and a positive whole, got ${part} of ${whole}`)
  }
  return divideRoundingHalfUp(BigInt(amountMinor) * BigInt(part), BigInt(whole))
}

/**
 * The platform's commission for a group whose own rate the shopper cannot see: the rate every
 * producer group starts with (the producer module's default, 15%).
 */
export const DEFAULT_COMMISSION_RATE_BPS = 1500

export type SaleSplitType = {
  /** What the producer group receives, in minor units. */
  groupMinor: number
  /** The platform's commission, in minor units. */
  commissionMinor: number
}

/**
 * How a price divides between the producer group and the platform's commission at `rateBps`.
 * The commission is rounded as the ledger rounds it (`applyRateBps`) and the group gets the
 * rest, so the two parts always add up to exactly `amountMinor`.
 */
export function splitSale(amountMinor: number, rateBps: number): SaleSplitType {
  const commissionMinor = applyRateBps(amountMinor, rateBps)
  return { groupMinor: amountMinor - commissionMinor, commissionMinor }
}
