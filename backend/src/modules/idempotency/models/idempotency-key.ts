import { model } from "@medusajs/framework/utils"
import { IdempotencyKeyState } from "../idempotency-key-state"

/**
 * A request a client sent with an `Idempotency-Key` header, so that a retry of it (a phone that
 * lost its connection) gets the first answer instead of creating a second record. A key belongs
 * to one actor and one route: the unique index makes the second of two simultaneous requests
 * lose the insert, so it is never run twice.
 */
const IdempotencyKey = model
  .define("idempotency_key", {
    id: model.id({ prefix: "idem" }).primaryKey(),
    /** Who sent it (a producer member's id), from the login: never from the request. */
    actor_id: model.text(),
    request_method: model.text(),
    /** The path the client called, without the query. */
    request_path: model.text(),
    key: model.text(),
    /** sha256 of the request's canonical JSON body: the same key with another body is refused. */
    fingerprint: model.text(),
    state: model.enum(Object.values(IdempotencyKeyState)).default(IdempotencyKeyState.IN_PROGRESS),
    response_status: model.number().nullable(),
    /** The JSON text first answered, byte for byte (jsonb would reorder its keys). */
    response_body: model.text().nullable(),
  })
  .indexes([
    {
      // The generated name would pass PostgreSQL's 63 characters.
      name: "IDX_idempotency_key_request_unique",
      on: ["actor_id", "request_method", "request_path", "key"],
      unique: true,
    },
  ])

export default IdempotencyKey
