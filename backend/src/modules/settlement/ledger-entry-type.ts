/** What a ledger entry records; the sign of its amount follows from the type. */
export const LedgerEntryType = {
  /** + the line's subtotal after discounts, without tax. */
  SALE: "sale",
  /** − the platform's commission on that sale. */
  COMMISSION: "commission",
  /** − the part of a sale given back (cancellation, return). */
  SALE_REVERSAL: "sale_reversal",
  /** + the part of a commission given back with it. */
  COMMISSION_REVERSAL: "commission_reversal",
  /** − money the operator paid the group. */
  PAYOUT: "payout",
} as const

export type LedgerEntryTypeValue = (typeof LedgerEntryType)[keyof typeof LedgerEntryType]
