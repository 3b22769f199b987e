/** Events of a producer group's lifecycle, emitted by the operator's workflows. */
export const ProducerGroupEvents = {
  /** `{ id }`: the group's products are back in the store. */
  APPROVED: "producer_group.approved",
  /** `{ id, reason }`: the group's products left the store; the reason is for the group. */
  SUSPENDED: "producer_group.suspended",
  /** `{ id }`: the group's public profile (name, story, photos, ...) changed. */
  UPDATED: "producer_group.updated",
} as const
