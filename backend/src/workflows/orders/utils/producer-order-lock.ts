/** One hand-over or shipment of an order at a time, so a line cannot be fulfilled twice. */
export const PRODUCER_ORDER_LOCK = {
  key: (orderId: string) => `producer-order:${orderId}`,
  /** Seconds to wait for the lock. */
  timeout: 10,
  /** Seconds after which a lock left by a crashed process expires. */
  ttl: 60,
}
