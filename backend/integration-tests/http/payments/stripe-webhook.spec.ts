import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { createShop } from "../checkout/shop"

jest.setTimeout(300_000)

const WEBHOOK_SECRET = "whsec_sipakam_integration_test"
const WEBHOOK_PATH = "/hooks/payment/stripe_stripe"
/** Medusa processes a webhook 5 s after receiving it (the payment module's webhook_delay). */
const PROCESSING_DELAY_MS = 5_000

/**
 * Registers Medusa's Stripe provider (medusa-config.ts); nothing here reaches Stripe's network.
 * The runner reads medusa-config.ts before it applies its `env` option, so these are set while
 * this file is collected, and put back after its suite.
 */
const STRIPE_ENV = { STRIPE_API_KEY: "sk_test_sipakam_offline", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET }
const previousEnv = Object.fromEntries(Object.keys(STRIPE_ENV).map((name) => [name, process.env[name]]))
Object.assign(process.env, STRIPE_ENV)
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = value
    }
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let sessionId: string
    let paymentId: string
    let orderTotal: number

    /** A Stripe event saying the payment intent behind a Medusa payment session succeeded. */
    const succeeded = (eventId: string) =>
      JSON.stringify({
        id: eventId,
        object: "event",
        type: "payment_intent.succeeded",
        created: Math.floor(Date.now() / 1000),
        data: {
          object: {
            id: "pi_sipakam_test",
            object: "payment_intent",
            amount: Math.round(orderTotal * 100),
            amount_received: Math.round(orderTotal * 100),
            currency: "usd",
            metadata: { session_id: sessionId },
          },
        },
      })

    const deliver = (payload: string, signature?: string) =>
      api.post(WEBHOOK_PATH, payload, {
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        validateStatus: () => true,
      })

    const sign = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
      Stripe.webhooks.generateTestHeaderString({
        payload,
        secret: options.secret ?? WEBHOOK_SECRET,
        timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
      })

    const paymentState = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "payment",
        fields: ["id", "captured_at", "captures.id", "captures.amount"],
        filters: { id: paymentId },
      })
      const payment = data[0] as { captured_at: string | null; captures: { amount: number }[] }
      return { captured: Boolean(payment.captured_at), captures: payment.captures.map((c) => Number(c.amount)) }
    }

    beforeAll(async () => {
      const shop = await createShop(getContainer(), api)
      const scarf = await shop.createProduct("Hol silk scarf", { usd: 4500, eur: 4200 })
      const cartId = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
      const completed = await shop.complete(cartId)
      orderTotal = completed.data.order.total
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["payment_collection.payments.id", "payment_collection.payments.payment_session_id"],
        filters: { id: cartId },
      })
      type PaymentRowType = { payment_collection: { payments: { id: string; payment_session_id: string }[] } }
      const payment = (data[0] as unknown as PaymentRowType).payment_collection.payments[0]
      paymentId = payment.id
      sessionId = payment.payment_session_id
    })

    it("refuses unsigned, wrongly signed, tampered and stale events with 400, and changes nothing", async () => {
      const payload = succeeded("evt_refused")
      const attempts: [string, string | undefined, RegExp][] = [
        [payload, undefined, /Stripe-Signature/],
        [payload, "t=1,v1=deadbeef", /Invalid Stripe signature/],
        [payload, sign(payload, { secret: "whsec_someone_else" }), /Invalid Stripe signature/],
        [payload.replace("evt_refused", "evt_tampered"), sign(payload), /Invalid Stripe signature/],
        [payload, sign(payload, { timestamp: Math.floor(Date.now() / 1000) - 301 }), /Invalid Stripe signature/],
      ]
      for (const [body, signature, message] of attempts) {
        const response = await deliver(body, signature)
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(message)
      }
      await new Promise((resolve) => setTimeout(resolve, PROCESSING_DELAY_MS + 3_000))
      expect(await paymentState()).toEqual({ captured: false, captures: [] })
    })

    it("accepts a signed event delivered five times and captures the payment once", async () => {
      const payload = succeeded("evt_delivered_five_times")
      for (let delivery = 1; delivery <= 5; delivery++) {
        const response = await deliver(payload, sign(payload))
        expect(response.status).toEqual(200)
      }
      const deadline = Date.now() + 60_000
      while (!(await paymentState()).captured && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      // Every delivery has had time to be processed: still one capture of the whole amount.
      await new Promise((resolve) => setTimeout(resolve, PROCESSING_DELAY_MS + 3_000))
      expect(await paymentState()).toEqual({ captured: true, captures: [orderTotal] })
    })
  },
})
