/**
 * The auth actor type of a producer member: logins go through `/auth/producer/emailpass` and an
 * auth identity points at its member through `app_metadata.producer_id`.
 */
export const PRODUCER_ACTOR_TYPE = "producer"
