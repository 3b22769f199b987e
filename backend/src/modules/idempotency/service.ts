import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { IdempotencyKeyState, type IdempotencyKeyStateType } from "./idempotency-key-state"
import IdempotencyKey from "./models/idempotency-key"

/** How long an answer is remembered: a retry a day later is a new request. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60
/**
 * A request still "in progress" after this long died with its process (no route of ours runs
 * for minutes): its key may be taken by a retry, rather than answering 409 for a whole day.
 */
export const IDEMPOTENCY_KEY_ABANDONED_SECONDS = 5 * 60

export type IdempotentRequestType = {
  actor_id: string
  request_method: string
  request_path: string
  key: string
  fingerprint: string
}

export type StoredIdempotentRequestType = {
  state: IdempotencyKeyStateType
  fingerprint: string
  response_status: number | null
  response_body: string | null
}

/** Either the key is now this request's (`id`), or an earlier request holds it (or held it). */
export type IdempotencyReservationType =
  | { id: string; existing?: undefined }
  | { id?: undefined; existing: StoredIdempotentRequestType | null }

const LIVE_KEY = `("actor_id", "request_method", "request_path", "key") WHERE deleted_at IS NULL`

/**
 * Each statement commits on its own, outside any transaction of the request: another process
 * must see a reservation the moment it is made. Records are written directly rather than through
 * a workflow: they are the HTTP layer's bookkeeping about requests, not domain data, and each
 * write is one statement with nothing to compensate.
 */
class IdempotencyModuleService extends MedusaService({ IdempotencyKey }) {
  /**
   * Takes the key for this request in one statement: a new row, or an expired one taken over
   * with a new id (so the request that held it can no longer complete or release it). When a
   * live row holds the key, nothing is written and that row is answered.
   */
  @InjectManager()
  async reserve(
    request: IdempotentRequestType,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<IdempotencyReservationType> {
    const manager = sharedContext.manager!
    const reserved: { id: string }[] = await manager.execute(
      `INSERT INTO idempotency_key
              (id, actor_id, request_method, request_path, "key", fingerprint, state)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT ${LIVE_KEY} DO UPDATE
          SET id = excluded.id, fingerprint = excluded.fingerprint, state = excluded.state,
              response_status = NULL, response_body = NULL, created_at = now(), updated_at = now()
        WHERE idempotency_key.created_at < now() - ?::integer * interval '1 second'
           OR (idempotency_key.state = ? AND idempotency_key.updated_at < now() - ?::integer * interval '1 second')
       RETURNING id`,
      [
        generateEntityId(undefined, "idem"),
        request.actor_id,
        request.request_method,
        request.request_path,
        request.key,
        request.fingerprint,
        IdempotencyKeyState.IN_PROGRESS,
        IDEMPOTENCY_KEY_TTL_SECONDS,
        IdempotencyKeyState.IN_PROGRESS,
        IDEMPOTENCY_KEY_ABANDONED_SECONDS,
      ]
    )
    if (reserved.length) {
      return { id: reserved[0].id }
    }
    const [existing]: StoredIdempotentRequestType[] = await manager.execute(
      `SELECT state, fingerprint, response_status, response_body
         FROM idempotency_key
        WHERE actor_id = ? AND request_method = ? AND request_path = ? AND "key" = ?
          AND deleted_at IS NULL`,
      [request.actor_id, request.request_method, request.request_path, request.key]
    )
    return { existing: existing ?? null }
  }

  /** Remembers the answer of the request that holds reservation `id` (if it still does). */
  @InjectManager()
  async complete(
    id: string,
    response: { status: number; body: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await sharedContext.manager!.execute(
      `UPDATE idempotency_key
          SET state = ?, response_status = ?, response_body = ?, updated_at = now()
        WHERE id = ? AND state = ?`,
      [IdempotencyKeyState.COMPLETED, response.status, response.body, id, IdempotencyKeyState.IN_PROGRESS]
    )
  }

  /** Frees the key of a request that failed, so that a corrected retry can run. */
  @InjectManager()
  async release(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(`DELETE FROM idempotency_key WHERE id = ? AND state = ?`, [
      id,
      IdempotencyKeyState.IN_PROGRESS,
    ])
  }

  /** Deletes the records of requests older than the time an answer is remembered. */
  @InjectManager()
  async deleteExpired(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const deleted: unknown[] = await sharedContext.manager!.execute(
      `DELETE FROM idempotency_key WHERE created_at < now() - ?::integer * interval '1 second' RETURNING id`,
      [IDEMPOTENCY_KEY_TTL_SECONDS]
    )
    return deleted.length
  }
}

export default IdempotencyModuleService
