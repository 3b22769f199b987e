/**
 * Locks that serialise settlement: every settlement of one order (an event and its redelivery,
 * a cancellation racing a return) plans against the entries the previous one recorded, and
 * payouts to one group are checked against its balance one after the other.
 */
export const SETTLEMENT_LOCK = {
  order: (orderId: string) => `settlement:order:${orderId}`,
  payouts: (groupId: string) => `settlement:payouts:${groupId}`,
  /** Seconds to wait for the lock. */
  timeout: 30,
  /** Seconds after which a lock left by a crashed process expires. */
  ttl: 120,
}
