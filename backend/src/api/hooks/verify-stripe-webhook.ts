import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { readEnv } from "../../lib/env"

/** Stripe's own default: an event signed more than five minutes ago is a replay. */
export const STRIPE_WEBHOOK_TOLERANCE_S = 300

/**
 * Medusa's `/hooks/payment/:provider` answers 200 to anything and checks the Stripe signature
 * only later, in the subscriber. Here the signature (and its age) is checked first, with the
 * `stripe` library: an unsigned, wrongly signed or stale event gets 400 and never reaches Medusa.
 */
export function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = readEnv(process.env).STRIPE_WEBHOOK_SECRET
  const reject = (message: string) => res.status(400).json({ type: "invalid_data", message })
  if (!secret) {
    return reject("Stripe webhooks are not configured on this server (STRIPE_WEBHOOK_SECRET)")
  }
  const signature = req.headers["stripe-signature"]
  if (typeof signature !== "string" || signature === "") {
    return reject("Missing Stripe-Signature header")
  }
  if (!Buffer.isBuffer(req.rawBody)) {
    return reject("Missing webhook body")
  }
  try {
    Stripe.webhooks.constructEvent(req.rawBody, signature, secret, STRIPE_WEBHOOK_TOLERANCE_S)
  } catch (error) {
    return reject(
      `Invalid Stripe signature: ${error instanceof Error ? error.message : "the event could not be verified"}`
    )
  }
  next()
}
