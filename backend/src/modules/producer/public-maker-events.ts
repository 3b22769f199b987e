/** Events of the makers' public projection, emitted by the workflows that rewrite it. */
export const PublicMakerEvents = {
  /** `{ id }` per public maker: what the store shows of a maker changed (name, consent, LHT). */
  UPDATED: "public_maker.updated",
} as const
