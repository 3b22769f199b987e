import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

/** How long a guest may read the order they just placed, and how long after the order one is given. */
export const ORDER_CONFIRMATION_TTL_SECONDS = 24 * 60 * 60

const AUDIENCE = "sipakam:order-confirmation"

/**
 * The signing key is derived from the configured JWT secret rather than the secret itself, so a
 * confirmation token can never pass as a login token (or the reverse) even if both were
 * presented to the same verifier.
 */
function signingKey(jwtSecret: string): Buffer {
  return createHmac("sha256", jwtSecret).update(AUDIENCE).digest()
}

export type OrderConfirmationTokenType = { token: string; expires_at: string }

/** A token that lets its bearer read one order for the next 24 hours. */
export function signOrderConfirmationToken(
  orderId: string,
  jwtSecret: string,
  now: Date = new Date()
): OrderConfirmationTokenType {
  const issuedAt = Math.floor(now.getTime() / 1000)
  const expiresAt = issuedAt + ORDER_CONFIRMATION_TTL_SECONDS
  const token = jwt.sign({ iat: issuedAt, exp: expiresAt }, signingKey(jwtSecret), {
    algorithm: "HS256",
    audience: AUDIENCE,
    subject: orderId,
  })
  return { token, expires_at: new Date(expiresAt * 1000).toISOString() }
}

/** True when the token is ours, unexpired and names exactly this order. */
export function verifyOrderConfirmationToken(
  token: string,
  orderId: string,
  jwtSecret: string,
  now: Date = new Date()
): boolean {
  try {
    const payload = jwt.verify(token, signingKey(jwtSecret), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      subject: orderId,
      clockTimestamp: Math.floor(now.getTime() / 1000),
    })
    return typeof payload === "object" && payload.sub === orderId
  } catch {
    return false
  }
}

/** The JWT secret Medusa signs logins with (medusa-config.ts sets it from JWT_SECRET). */
export function configuredJwtSecret(scope: MedusaContainer): string {
  const secret = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret
  if (typeof secret !== "string" || secret === "") {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The backend has no JWT secret configured")
  }
  return secret
}
