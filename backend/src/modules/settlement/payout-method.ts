/** How the operator pays a group: most groups have no card account, so bank or mobile money. */
export const PAYOUT_METHODS = ["bank_transfer", "aba", "wing", "khqr", "cash"] as const

export type PayoutMethodType = (typeof PAYOUT_METHODS)[number]
