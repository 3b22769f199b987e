import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeWebhook } from "./verify-stripe-webhook"

/** Medusa's route for the Stripe provider registered as `stripe` (medusa-config.ts). */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: STRIPE_WEBHOOK_PATH,
    // The signature is over the exact bytes Stripe sent, as Medusa's own route keeps them.
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeWebhook],
  },
]
