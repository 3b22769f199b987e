import { splitSale } from "@sipakam/shared"
import { currencyFractionDigits } from "@sipakam/shared/money"

/**
 * The costing the artisans were trained in: what the materials cost, plus the hours of work
 * paid at a day's wage, plus the group's margin, gives the price to ask. Every amount is an
 * integer number of minor units (cents), every division rounded half up with BigInt, so no
 * floating point touches money.
 */

/** A working day, as the training counts it. */
export const HOURS_PER_DAY = 8

/** The margin a group starts from, in basis points (30 %). */
export const DEFAULT_MARGIN_BPS = 3000

/** The largest margin the helper takes (300 %): anything above is a typo. */
export const MAX_MARGIN_BPS = 30_000

export type CostingInputType = {
  /** What the materials of one piece cost, in minor units. */
  materialsMinor: number
  /** Hours of work for one piece (whole hours, as `hours_to_make`). */
  hours: number
  /** What a day of work is paid, in minor units. */
  dailyWageMinor: number
  /** The group's margin on the cost, in basis points (3000 = 30 %). */
  marginBps: number
}

export type CostingType = {
  labourMinor: number
  costMinor: number
  marginMinor: number
  /** Cost plus margin, exactly. */
  exactPriceMinor: number
  /** The exact price rounded up to a whole unit of the currency: what the helper suggests. */
  suggestedPriceMinor: number
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number, got ${value}`)
  }
}

/** numerator / denominator for non-negative integers, half up. */
function divideHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((BigInt(2) * numerator + denominator) / (BigInt(2) * denominator))
}

/** Rounds up to the next whole unit of the currency (a dollar for USD): a price a buyer reads easily. */
export function roundUpToWholeUnit(amountMinor: number, currency: string): number {
  assertCount(amountMinor, "Amount")
  const unit = 10 ** currencyFractionDigits(currency)
  return Math.ceil(amountMinor / unit) * unit
}

/** The suggested price of one piece from its costs and the group's margin. */
export function costPiece(input: CostingInputType, currency: string): CostingType {
  assertCount(input.materialsMinor, "Materials")
  assertCount(input.hours, "Hours")
  assertCount(input.dailyWageMinor, "Daily wage")
  assertCount(input.marginBps, "Margin")
  if (input.marginBps > MAX_MARGIN_BPS) {
    throw new RangeError(`Margin must be at most ${MAX_MARGIN_BPS} basis points, got ${input.marginBps}`)
  }
  const labourMinor = divideHalfUp(BigInt(input.dailyWageMinor) * BigInt(input.hours), BigInt(HOURS_PER_DAY))
  const costMinor = input.materialsMinor + labourMinor
  const marginMinor = divideHalfUp(BigInt(costMinor) * BigInt(input.marginBps), BigInt(10_000))
  const exactPriceMinor = costMinor + marginMinor
  return {
    labourMinor,
    costMinor,
    marginMinor,
    exactPriceMinor,
    suggestedPriceMinor: roundUpToWholeUnit(exactPriceMinor, currency),
  }
}

export type MoneyGoesType = {
  /** What the buyer pays for the piece. */
  priceMinor: number
  /** The platform's commission at the group's rate. */
  commissionMinor: number
  /** What the group receives: the price less the commission. */
  groupMinor: number
  /** Of what the group receives: the materials, the makers' work, and what is left over. */
  materialsMinor: number
  labourMinor: number
  /** What the group keeps after paying materials and work; negative when the price is too low. */
  leftMinor: number
}

/**
 * Where a buyer's money goes, seen from the maker's side: the commission is rounded as the
 * ledger rounds it, so commission and group's share add up to the price exactly.
 */
export function whereMoneyGoes(
  priceMinor: number,
  commissionRateBps: number,
  costs: { materialsMinor: number; labourMinor: number }
): MoneyGoesType {
  const { groupMinor, commissionMinor } = splitSale(priceMinor, commissionRateBps)
  return {
    priceMinor,
    commissionMinor,
    groupMinor,
    materialsMinor: costs.materialsMinor,
    labourMinor: costs.labourMinor,
    leftMinor: groupMinor - costs.materialsMinor - costs.labourMinor,
  }
}

/** A percentage typed by the coordinator ("30", "12.5") in basis points, or null when it is not one. */
export function percentToBps(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text)
  if (!match) return null
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
  return bps <= MAX_MARGIN_BPS ? bps : null
}

/** A count of hours typed by the coordinator, or null. */
export function parseHours(text: string): number | null {
  const match = /^\s*(\d{1,5})\s*$/.exec(text)
  return match ? Number(match[1]) : null
}
