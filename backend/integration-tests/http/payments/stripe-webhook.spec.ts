import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import type { IEventBusModuleService, IWorkflowEngineService } from "@medusajs/framework/types"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import Stripe from "stripe"
import { createShop } from "../checkout/shop"
import { eventually } from "../../fixtures/eventually"

jest.setTimeout(300_000)

const WEBHOOK_SECRET = "whsec_sipakam_integration_test"
const WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

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

    /**
     * The webhook events Medusa's route queued while `run` ran: a delivery is processed only
     * through one of these, which its route emits before it answers.
     */
    const queuedWebhooks = async (run: () => Promise<void>) => {
      const emit = jest.spyOn(getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS), "emit")
      try {
        await run()
        return emit.mock.calls
          .flatMap(([messages]) => [messages].flat())
          .filter((message) => message.name === PaymentWebhookEvents.WebhookReceived).length
      } finally {
        emit.mockRestore()
      }
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
      const queued = await queuedWebhooks(async () => {
        for (const [body, signature, message] of attempts) {
          const response = await deliver(body, signature)
          expect(response.status).toEqual(400)
          expect(response.data.message).toMatch(message)
        }
      })
      // Nothing was queued, so nothing is left to process them later.
      expect(queued).toEqual(0)
      expect(await paymentState()).toEqual({ captured: false, captures: [] })
    })

    it("accepts a signed event delivered five times and captures the payment once", async () => {
      const payload = succeeded("evt_delivered_five_times")
      // Each queued delivery ends in a run of Medusa's process-payment workflow (after the
      // payment module's webhook delay); count the runs that finish.
      const engine = getContainer().resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      const finished: { errors?: unknown[] }[] = []
      const subscriber = (event: { eventType: string; errors?: unknown[] }) => {
        if (event.eventType === "onFinish") {
          finished.push({ errors: event.errors })
        }
      }
      await engine.subscribe({ workflowId: processPaymentWorkflowId, subscriber })
      try {
        const queued = await queuedWebhooks(async () => {
          for (let delivery = 1; delivery <= 5; delivery++) {
            const response = await deliver(payload, sign(payload))
            expect(response.status).toEqual(200)
          }
        })
        expect(queued).toEqual(5)
        await eventually(async () => expect(finished.length).toEqual(5), 60_000)
      } finally {
        await engine.unsubscribe({ workflowId: processPaymentWorkflowId, subscriberOrId: subscriber })
      }
      // Every delivery has been processed: still one capture of the whole amount.
      expect(await paymentState()).toEqual({ captured: true, captures: [orderTotal] })
    })
  },
})
