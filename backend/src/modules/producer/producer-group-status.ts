/** The lifecycle of a producer group: only active groups are seen and sold in the store. */
export const ProducerGroupStatus = {
  PENDING: "pending",
  ACTIVE: "active",
  SUSPENDED: "suspended",
} as const

export type ProducerGroupStatusType = (typeof ProducerGroupStatus)[keyof typeof ProducerGroupStatus]
