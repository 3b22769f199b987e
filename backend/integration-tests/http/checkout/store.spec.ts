import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { signOrderConfirmationToken } from "../../../src/lib/order-confirmation-token"
import { createShop, type AsType, type CustomerType, type ShopType } from "./shop"

jest.setTimeout(300_000)

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: ShopType
    let scarf: string
    let alice: CustomerType
    let bob: CustomerType
    /** A guest's completed cart and its order. */
    let guestCartId: string
    let guestOrderId: string
    /** Alice's order. */
    let aliceOrderId: string

    const withHeader = (as: AsType, name: string, value: string): AsType => ({
      ...as,
      headers: { ...as.headers, [name]: value },
    })

    beforeAll(async () => {
      shop = await createShop(getContainer(), api)
      scarf = await shop.createProduct("Hol silk scarf", { usd: 4500, eur: 4200 })
      alice = await shop.registerCustomer("alice@example.com")
      bob = await shop.registerCustomer("bob@example.com")
      // The runner restores the database to its state after this hook before every test, so
      // everything the tests share is made here.
      guestCartId = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
      guestOrderId = (await shop.complete(guestCartId)).data.order.id
      const aliceCartId = await shop.readyCart({ as: alice.as, items: [{ variantId: scarf, quantity: 1 }] })
      aliceOrderId = (await shop.complete(aliceCartId, alice.as)).data.order.id
    })

    describe("guest order confirmation", () => {
      it("gives a signed token for the order a cart was completed into, valid for 24 hours", async () => {
        const before = Date.now()
        const response = await api.post("/store/order-confirmations", { cart_id: guestCartId }, shop.guest)
        expect(response.status).toEqual(200)
        expect(response.data).toEqual({
          order_id: guestOrderId,
          token: expect.any(String),
          expires_at: expect.any(String),
        })
        const expiresAt = new Date(response.data.expires_at).getTime()
        expect(expiresAt).toBeGreaterThanOrEqual(before + DAY_MS - 2000)
        expect(expiresAt).toBeLessThanOrEqual(Date.now() + DAY_MS + 1000)
      })

      it("lets the token's bearer read that order, and nobody without it", async () => {
        const {
          data: { token },
        } = await api.post("/store/order-confirmations", { cart_id: guestCartId }, shop.guest)
        const withToken = await api.get(
          `/store/orders/${guestOrderId}`,
          withHeader(shop.guest, "x-order-confirmation-token", token)
        )
        expect(withToken.status).toEqual(200)
        expect(withToken.data.order.id).toEqual(guestOrderId)

        const anonymous = await api.get(`/store/orders/${guestOrderId}`, shop.guest)
        expect(anonymous.status).toEqual(404)
        const someoneElse = await api.get(`/store/orders/${guestOrderId}`, alice.as)
        expect(someoneElse.status).toEqual(404)
        const garbage = await api.get(
          `/store/orders/${guestOrderId}`,
          withHeader(shop.guest, "x-order-confirmation-token", "not-a-token")
        )
        expect(garbage.status).toEqual(404)
      })

      it("refuses a token for another order, an expired token and one signed with another secret", async () => {
        const secret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
          .jwtSecret as string
        const otherOrder = signOrderConfirmationToken("order_01OTHERORDER", secret).token
        const expired = signOrderConfirmationToken(guestOrderId, secret, new Date(Date.now() - DAY_MS - 60_000)).token
        const foreign = signOrderConfirmationToken(guestOrderId, `${secret}-not-ours`).token
        for (const token of [otherOrder, expired, foreign]) {
          const response = await api.get(
            `/store/orders/${guestOrderId}`,
            withHeader(shop.guest, "x-order-confirmation-token", token)
          )
          expect(response.status).toEqual(404)
        }
      })

      it("answers 404 for a cart that is not completed or does not exist", async () => {
        const open = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
        for (const id of [open, "cart_01NOSUCHCART0000000000000"]) {
          const response = await api.post("/store/order-confirmations", { cart_id: id }, shop.guest)
          expect(response.status).toEqual(404)
        }
      })

      it("answers 404 once the order is more than 24 hours old", async () => {
        const oldCart = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
        const completed = await shop.complete(oldCart)
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg("order")
          .where({ id: completed.data.order.id })
          .update({ created_at: new Date(Date.now() - DAY_MS - 60_000) })
        const response = await api.post("/store/order-confirmations", { cart_id: oldCart }, shop.guest)
        expect(response.status).toEqual(404)
      })

      it("validates its body strictly and needs the publishable key", async () => {
        for (const body of [{}, { cart_id: 42 }, { cart_id: "order_01ABC" }, { cart_id: guestCartId, order_id: "x" }]) {
          const response = await api.post("/store/order-confirmations", body, shop.guest)
          expect(response.status).toEqual(400)
        }
        const withoutKey = await api.post(
          "/store/order-confirmations",
          { cart_id: guestCartId },
          { headers: {}, validateStatus: () => true }
        )
        expect(withoutKey.status).toEqual(400)
      })
    })

    describe("customer orders", () => {
      it("are read by their customer, and by no other customer or guest", async () => {
        const own = await api.get(`/store/orders/${aliceOrderId}`, alice.as)
        expect(own.status).toEqual(200)
        expect(own.data.order.id).toEqual(aliceOrderId)
        expect((await api.get(`/store/orders/${aliceOrderId}`, bob.as)).status).toEqual(404)
        expect((await api.get(`/store/orders/${aliceOrderId}`, shop.guest)).status).toEqual(404)
      })

      it("are listed to their customer only, as Medusa does", async () => {
        const own = await api.get("/store/orders", alice.as)
        expect(own.status).toEqual(200)
        expect(own.data.orders.map((order: { id: string }) => order.id)).toContain(aliceOrderId)
        const other = await api.get("/store/orders", bob.as)
        expect(other.data.orders.map((order: { id: string }) => order.id)).not.toContain(aliceOrderId)
        expect((await api.get("/store/orders", shop.guest)).status).toEqual(401)
      })
    })
  },
})
