import { createHash } from "crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { IDEMPOTENCY_MODULE } from "../../modules/idempotency"
import { IdempotencyKeyState } from "../../modules/idempotency/idempotency-key-state"
import type IdempotencyModuleService from "../../modules/idempotency/service"

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
/** Set on an answer that is the remembered one, not a new run. */
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"

/** 1 to 255 visible ASCII characters: a UUID, a ULID, or whatever else the client generates. */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/
/** Longer than any path of ours, and short enough for the unique index (its entries have a size limit). */
const MAX_PATH_LENGTH = 1_000
/** The record holding a key can be released between our insert and our read: then we try again. */
const RESERVE_ATTEMPTS = 3

export const IDEMPOTENCY_IN_PROGRESS_MESSAGE = "A request with this Idempotency-Key is still in progress"

export type IdempotencyOptionsType = {
  /** Whose keys these are: the authenticated actor's id, never anything the request says. */
  actorId: (req: MedusaRequest) => string
  /** What must be the same for a retry to be the same request; by default its JSON body. */
  fingerprint?: (req: MedusaRequest) => unknown
}

/** JSON with every object's keys sorted, so that the same body in another key order is the same. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        return item
      }
      const object = item as Record<string, unknown>
      return Object.fromEntries(Object.keys(object).sort().map((key) => [key, object[key]]))
    }) ?? ""
  )
}

export function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex")
}

/**
 * Until the request holding reservation `id` answers, its answer is captured: a 2xx is stored
 * as the key's answer, anything else frees the key (so a corrected retry runs). The answer is
 * sent once that is written: a client that got it and retries finds it, never "in progress".
 * Every answer of these routes goes through `res.json` (the error handler's too); one that does
 * not frees the key when it is sent.
 */
function captureAnswer(
  req: MedusaRequest,
  res: MedusaResponse,
  id: string,
  idempotency: IdempotencyModuleService
) {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const logFailure = (error: unknown) =>
    logger.error(`Idempotency-Key request ${id} could not be recorded or answered: ${String(error)}`)
  let settled = false
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (settled) {
      return json(body)
    }
    settled = true
    const status = res.statusCode
    const text = JSON.stringify(body) ?? ""
    const record =
      status >= 200 && status < 300
        ? idempotency.complete(id, { status, body: text })
        : idempotency.release(id)
    void record.catch(logFailure).then(() => {
      try {
        // What res.json would do, with the very text that was stored.
        if (!res.get("Content-Type")) {
          res.type("application/json")
        }
        res.send(text)
      } catch (error) {
        logFailure(error)
      }
    })
    return res
  }) as typeof res.json
  res.on("finish", () => {
    if (!settled) {
      settled = true
      void idempotency.release(id).catch(logFailure)
    }
  })
}

/**
 * A creating route that a client may retry (a phone after a dropped connection) accepts an
 * `Idempotency-Key` header. Without it nothing changes. With it, the first request with that key
 * (per actor, method and path) runs, and its successful answer is kept for 24 hours: the same
 * key with the same body gets that answer again (same status, same body) and creates nothing;
 * with another body it is a 422; while the first still runs, a 409. Place it after the route's
 * validation, so that an invalid body is a 400 that reserves nothing.
 */
export function idempotent({ actorId, fingerprint = (req) => req.body }: IdempotencyOptionsType) {
  return async function idempotency(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const key = req.get(IDEMPOTENCY_KEY_HEADER)
    if (key === undefined) {
      return next()
    }
    if (!KEY_FORMAT.test(key)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 255 visible ASCII characters, without spaces (a UUID, for example)`
      )
    }
    // `originalUrl`: `req.path` is relative to where a middleware is mounted.
    const path = req.originalUrl.split("?")[0]
    if (path.length > MAX_PATH_LENGTH) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The address is too long")
    }
    const request = {
      actor_id: actorId(req),
      request_method: req.method,
      request_path: path,
      key,
      fingerprint: sha256(canonicalJson(fingerprint(req))),
    }
    const idempotency: IdempotencyModuleService = req.scope.resolve(IDEMPOTENCY_MODULE)
    for (let attempt = 0; attempt < RESERVE_ATTEMPTS; attempt++) {
      const reservation = await idempotency.reserve(request)
      if (reservation.id) {
        captureAnswer(req, res, reservation.id, idempotency)
        return next()
      }
      const { existing } = reservation
      if (!existing) {
        continue
      }
      if (existing.fingerprint !== request.fingerprint) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `This ${IDEMPOTENCY_KEY_HEADER} was already used for a request with a different body: send a new key with a new request`
        )
      }
      if (existing.state === IdempotencyKeyState.COMPLETED) {
        res
          .status(existing.response_status ?? 200)
          .set(IDEMPOTENT_REPLAYED_HEADER, "true")
          .type("application/json")
          .send(existing.response_body ?? "")
        return
      }
      break
    }
    // Medusa's error handler words every 409 its own way; this one says what to do.
    res.status(409).set("Retry-After", "1").json({
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message: IDEMPOTENCY_IN_PROGRESS_MESSAGE,
    })
  }
}
