/**
 * Idempotency keys of ledger entries. A key names the fact an entry records, so recording the
 * same fact twice (a redelivered event, a retried workflow) finds the key taken and writes
 * nothing. Reversals name the cumulative quantity reversed so far: reversing a line to 2 of 3
 * units is one fact, whether a return or a cancellation got it there.
 */
export const ledgerEntryKey = {
  sale: (lineItemId: string) => `sale:${lineItemId}`,
  commission: (lineItemId: string) => `commission:${lineItemId}`,
  saleReversal: (lineItemId: string, reversedQuantity: number) =>
    `sale_reversal:${lineItemId}:${reversedQuantity}`,
  commissionReversal: (lineItemId: string, reversedQuantity: number) =>
    `commission_reversal:${lineItemId}:${reversedQuantity}`,
  payout: (payoutId: string) => `payout:${payoutId}`,
}
