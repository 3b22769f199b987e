import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { clientAddress } from "./client-address"

/** Failed logins allowed per (actor type, email, client address) in one window. */
export const MAX_FAILED_LOGINS = 10
export const FAILED_LOGIN_WINDOW_S = 60

type WindowType = { count: number; resets_at: number }

const keyOf = (actorType: string, email: string, ip: string) =>
  `login-failures:${actorType}:${email}:${ip}`

/**
 * Counts failed email/password logins per actor type, email and client address in a 60-second
 * window, in Medusa's Cache Module (Redis when REDIS_URL is set, so every server process shares
 * the count) under the Locking Module. The address is `clientAddress`'s: a forged
 * X-Forwarded-For does not change it. Each attempt takes a slot before it runs, so simultaneous
 * guesses are counted too; a slot is given back unless the attempt failed (401). Past the limit,
 * 429 with Retry-After until the window ends, whatever the password.
 */
export async function throttleFailedLogins(
  req: MedusaRequest<{ email?: unknown }>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const email = typeof req.body?.email === "string" ? req.body.email.trim().toLowerCase() : ""
  const key = keyOf(req.params.actor_type, email, clientAddress(req))
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const locking = req.scope.resolve(Modules.LOCKING)

  const update = (change: (window: WindowType, now: number) => WindowType | null) =>
    locking.execute(key, async () => {
      const now = Date.now()
      const stored = await cache.get<WindowType>(key)
      const current = stored && stored.resets_at > now ? stored : { count: 0, resets_at: now + FAILED_LOGIN_WINDOW_S * 1000 }
      const changed = change(current, now)
      if (changed) {
        await cache.set(key, changed, Math.max(1, Math.ceil((changed.resets_at - now) / 1000)))
      }
      return { before: current, now }
    })

  const { before, now } = await update((window) =>
    window.count >= MAX_FAILED_LOGINS ? null : { ...window, count: window.count + 1 }
  )
  if (before.count >= MAX_FAILED_LOGINS) {
    const retryAfter = Math.max(1, Math.ceil((before.resets_at - now) / 1000))
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many failed logins for this email. Try again in ${retryAfter} seconds.`,
    })
    return
  }

  res.once("finish", () => {
    if (res.statusCode === 401) {
      return
    }
    update((window) => ({ ...window, count: Math.max(0, window.count - 1) })).catch((error: unknown) => {
      req.scope.resolve("logger").warn(`Could not give back a login attempt: ${String(error)}`)
    })
  })
  next()
}
