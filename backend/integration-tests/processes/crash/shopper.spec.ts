import { randomBytes } from "node:crypto"
import { queryRows, startBackendProcess, type BackendProcessType } from "@sipakam/stack"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { Operator, Shop, type StockedVariantType } from "../fixtures/shop.js"

/**
 * Crash safety of checkout: the backend (one process, in-memory modules, no Redis) is killed with
 * SIGKILL while it completes a cart, at three moments; after a restart the cart has either become
 * exactly one order, or is still completable into exactly one (an order the crash left unlinked
 * is canceled); the order has exactly one payment and no payment is left without its order.
 */

const PORT = 9410
const POLL_MS = 5

type MomentType = {
  name: string
  /** True once the completion has gone this far (read from the database). */
  reached: (databaseUrl: string, cart: CartType) => Promise<boolean>
}

/** Each cart has a shopper of its own, so its orders can be found even without their link to it. */
type CartType = { id: string; email: string }

const exists = async (databaseUrl: string, sql: string, value: string) =>
  (await queryRows(databaseUrl, sql, [value])).length > 0

/** In the order Medusa's completion goes: the order is created, then the payment authorized. */
const MOMENTS: MomentType[] = [
  {
    name: "as the request is sent",
    reached: async () => true,
  },
  {
    name: "once the order exists",
    reached: (databaseUrl, cart) =>
      exists(databaseUrl, `SELECT 1 FROM "order" WHERE email = $1 AND deleted_at IS NULL LIMIT 1`, cart.email),
  },
  {
    name: "once the payment is authorized",
    reached: (databaseUrl, cart) =>
      exists(
        databaseUrl,
        `SELECT 1 FROM payment p
           JOIN cart_payment_collection cpc ON cpc.payment_collection_id = p.payment_collection_id
          WHERE cpc.cart_id = $1 AND cpc.deleted_at IS NULL LIMIT 1`,
        cart.id
      ),
  },
]

/** What the database holds for a cart: its shopper's orders, its payments, whether it is complete. */
async function cartOutcome(databaseUrl: string, cart: CartType) {
  // An order a crashed attempt created but never linked to the cart is canceled by the retry.
  const orders = await queryRows<{ id: string }>(
    databaseUrl,
    `SELECT id FROM "order" WHERE email = $1 AND status <> 'canceled' AND deleted_at IS NULL`,
    [cart.email]
  )
  const linked = await queryRows<{ order_id: string }>(
    databaseUrl,
    `SELECT order_id FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL`,
    [cart.id]
  )
  const payments = await queryRows<{ id: string; payment_collection_id: string; canceled_at: Date | null }>(
    databaseUrl,
    `SELECT p.id, p.payment_collection_id, p.canceled_at FROM payment p
       JOIN cart_payment_collection cpc ON cpc.payment_collection_id = p.payment_collection_id
      WHERE cpc.cart_id = $1 AND cpc.deleted_at IS NULL AND p.deleted_at IS NULL`,
    [cart.id]
  )
  const orderCollections = await queryRows<{ payment_collection_id: string }>(
    databaseUrl,
    `SELECT opc.payment_collection_id FROM order_payment_collection opc
       JOIN order_cart oc ON oc.order_id = opc.order_id AND oc.deleted_at IS NULL
      WHERE oc.cart_id = $1 AND opc.deleted_at IS NULL`,
    [cart.id]
  )
  const [row] = await queryRows<{ completed_at: Date | null }>(databaseUrl, `SELECT completed_at FROM cart WHERE id = $1`, [
    cart.id,
  ])
  return {
    orderIds: orders.map((order) => order.id),
    linkedOrderIds: linked.map((link) => link.order_id),
    livePayments: payments.filter((payment) => !payment.canceled_at),
    orderCollectionIds: orderCollections.map((link) => link.payment_collection_id),
    completed: Boolean(row?.completed_at),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("checkout survives a crash of the backend", () => {
  const env = inject("backendEnv")
  const databaseUrl = inject("databaseUrl")
  const publishableKey = inject("publishableKey")
  let backend: BackendProcessType | undefined
  let shop: Shop
  let operator: Operator
  let variant: StockedVariantType

  const start = async () => {
    backend = await startBackendProcess({ env, port: PORT, mode: "shared", label: "crash" })
  }

  beforeAll(async () => {
    await start()
    shop = new Shop(`http://127.0.0.1:${PORT}`, publishableKey)
    // The token outlives restarts: the secrets stay the same.
    operator = await Operator.login(shop.origin)
    // Far from the products the other suite uses, so each file can run alone too.
    ;[variant] = await shop.stockedVariants(1, { skip: 10, atLeast: MOMENTS.length + 1 })
  })

  afterAll(async () => {
    await backend?.stop()
  })

  for (const moment of MOMENTS) {
    it(`kill -9 ${moment.name}: after a restart the cart completes exactly once, with one payment`, async () => {
      const stockBefore = await operator.stockOf(variant)
      const email = `crash-${randomBytes(4).toString("hex")}@example.com`
      const cart: CartType = { id: await shop.readyCart(variant.variantId, { email }), email }
      const completing = shop.complete(cart.id).then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error })
      )
      let answeredFirst = false
      void completing.then(() => {
        answeredFirst = true
      })
      const deadline = Date.now() + 30_000
      while (!answeredFirst && !(await moment.reached(databaseUrl, cart)) && Date.now() < deadline) {
        await sleep(POLL_MS)
      }
      const killedAt = answeredFirst ? "after the answer" : moment.name
      await backend!.kill()
      await completing
      console.log(`[crash] cart ${cart.id}: killed ${killedAt}`)

      await start()
      const afterCrash = await cartOutcome(databaseUrl, cart)
      expect(afterCrash.orderIds.length).toBeLessThanOrEqual(1)

      // The shopper (or the storefront) retries the completion: it must give the one order.
      const retry = await shop.complete(cart.id)
      expect(retry.status, JSON.stringify(retry.body)).toBe(200)
      expect(retry.body.type).toBe("order")
      const again = await shop.complete(cart.id)
      expect(again.status).toBe(200)
      expect(again.body.order?.id).toBe(retry.body.order?.id)

      const outcome = await cartOutcome(databaseUrl, cart)
      expect(outcome.completed).toBe(true)
      expect(outcome.orderIds).toEqual([retry.body.order!.id])
      expect(outcome.linkedOrderIds).toEqual(outcome.orderIds)
      // An order the crash left linked to the cart is the one; an unlinked one was canceled.
      if (afterCrash.linkedOrderIds.length) {
        expect(outcome.orderIds).toEqual(afterCrash.linkedOrderIds)
      }
      // One unit reserved for the one order (none left held by a canceled attempt).
      const stockAfter = await operator.stockOf(variant)
      expect(stockAfter.reserved - stockBefore.reserved).toBe(1)
      // One live payment, and it belongs to the order (none paid for nothing).
      expect(outcome.livePayments).toHaveLength(1)
      expect(outcome.orderCollectionIds).toContain(outcome.livePayments[0].payment_collection_id)
    })
  }
})
