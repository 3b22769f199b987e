/**
 * Where a group's order line is: waiting at the group, handed over to the platform's courier
 * (a Medusa fulfillment packed at the group's location), or shipped with tracking (that
 * fulfillment's shipment).
 */
export const ProducerLineStatus = {
  PENDING: "pending",
  HANDED_OVER: "handed_over",
  SHIPPED: "shipped",
} as const

export type ProducerLineStatusValue = (typeof ProducerLineStatus)[keyof typeof ProducerLineStatus]
