import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { signOrderConfirmationToken } from "../../../src/lib/order-confirmation-token"
import { eventually } from "../../fixtures/eventually"
import { createShop, type AsType, type CustomerType, type ShopType } from "./shop"

jest.setTimeout(300_000)

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: ShopType
    let scarf: string
    let krama: string
    let alice: CustomerType
    let bob: CustomerType
    /** A guest's completed cart and its order. */
    let guestCartId: string
    let guestOrderId: string
    /** Alice's order. */
    let aliceOrderId: string
    /** Alice's cart, ready to complete but not completed. */
    let aliceOpenCartId: string
    let aliceAddressId: string

    const withHeader = (as: AsType, name: string, value: string): AsType => ({
      ...as,
      headers: { ...as.headers, [name]: value },
    })

    beforeAll(async () => {
      shop = await createShop(getContainer(), api)
      scarf = await shop.createProduct("Hol silk scarf", { usd: 4500, eur: 4200 })
      krama = await shop.createProduct("Cotton krama", { usd: 1250, eur: 1100 })
      alice = await shop.registerCustomer("alice@example.com")
      bob = await shop.registerCustomer("bob@example.com")
      // The runner restores the database to its state after this hook before every test, so
      // everything the tests share is made here.
      guestCartId = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
      guestOrderId = (await shop.complete(guestCartId)).data.order.id
      const aliceCartId = await shop.readyCart({ as: alice.as, items: [{ variantId: scarf, quantity: 1 }] })
      aliceOrderId = (await shop.complete(aliceCartId, alice.as)).data.order.id
      aliceOpenCartId = await shop.readyCart({ as: alice.as, items: [{ variantId: krama, quantity: 1 }] })
      const address = await api.post(
        "/store/customers/me/addresses",
        { first_name: "Alice", last_name: "Martin", address_1: "3 Rue Test", city: "Lyon", country_code: "fr" },
        alice.as
      )
      aliceAddressId = address.data.customer.addresses[0].id
    })

    /** The inventory of a variant at every location: what is on the shelf and what is promised. */
    const inventoryOf = async (variantId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.*"],
        filters: { id: variantId },
      })
      type LevelsRowType = {
        inventory_items: { inventory: { location_levels: { stocked_quantity: number; reserved_quantity: number }[] } }[]
      }
      const levels = (data[0] as unknown as LevelsRowType).inventory_items[0].inventory.location_levels
      return {
        stocked: levels.reduce((sum, level) => sum + Number(level.stocked_quantity), 0),
        reserved: levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0),
      }
    }

    /** Ready carts made a few at a time, as shoppers would. */
    const readyCarts = async (count: number, variantId: string) => {
      const ids: string[] = []
      while (ids.length < count) {
        const batch = Math.min(5, count - ids.length)
        ids.push(
          ...(await Promise.all(
            Array.from({ length: batch }, () => shop.readyCart({ items: [{ variantId, quantity: 1 }] }))
          ))
        )
      }
      return ids
    }

    describe("stock in the store", () => {
      it("shows the units an order takes and its cancellation gives back, though the page was cached", async () => {
        const basket = await shop.createProduct("Kreung rattan basket", { usd: 3000, eur: 2800 }, 5)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: basket } })
        const page = `/store/products/${variant.product_id}?fields=id,variants.id,+variants.inventory_quantity`
        const stock = async () => (await api.get(page, shop.guest)).data.product.variants[0].inventory_quantity
        expect(await stock()).toEqual(5)

        const completed = await shop.complete(await shop.readyCart({ items: [{ variantId: basket, quantity: 2 }] }))
        expect(completed.status).toEqual(200)
        await eventually(async () => {
          expect(await stock()).toEqual(3)
        })

        const canceled = await api.post(
          `/admin/orders/${completed.data.order.id}/cancel`,
          {},
          { ...shop.market.adminHeaders, validateStatus: () => true }
        )
        expect(canceled.status).toEqual(200)
        await eventually(async () => {
          expect(await stock()).toEqual(5)
        })
      })
    })

    describe("no oversell", () => {
      it("sells the last unit once among 20 shoppers completing at once; the others hear it sold out", async () => {
        const puppet = await shop.createProduct("Sbek Thom puppet", { usd: 12000, eur: 11000 }, 1)
        const carts = await readyCarts(20, puppet)

        const responses = await Promise.all(carts.map((cartId) => shop.complete(cartId)))

        const orders = responses.filter((response) => response.data?.type === "order")
        expect(orders).toHaveLength(1)
        const refused = responses.filter((response) => response.data?.type !== "order")
        expect(refused).toHaveLength(19)
        for (const response of refused) {
          expect(response.status).toBeGreaterThanOrEqual(400)
          expect(response.status).toBeLessThan(500)
          expect(response.data.message).toMatch(/sold out/i)
        }
        const stock = await inventoryOf(puppet)
        expect(stock).toEqual({ stocked: 1, reserved: 1 })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: lines } = await query.graph({
          entity: "order_line_item",
          fields: ["id"],
          filters: { variant_id: puppet },
        })
        expect(lines).toHaveLength(1)
      })
    })

    describe("no double order", () => {
      it("completes one cart sent 10 times at once into one order, paid once", async () => {
        const [cartId] = await readyCarts(1, scarf)

        const responses = await Promise.all(Array.from({ length: 10 }, () => shop.complete(cartId)))

        for (const response of responses) {
          expect(response.status).toEqual(200)
          expect(response.data.type).toEqual("order")
        }
        const orderIds = new Set(responses.map((response) => response.data.order.id))
        expect(orderIds.size).toEqual(1)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({
          entity: "order_cart",
          fields: ["order_id"],
          filters: { cart_id: cartId },
        })
        expect(links).toHaveLength(1)
        const { data: carts } = await query.graph({
          entity: "cart",
          fields: ["payment_collection.payments.id", "payment_collection.payments.amount", "payment_collection.payments.captures.id"],
          filters: { id: cartId },
        })
        type PaymentsRowType = { payment_collection: { payments: { amount: number; captures: unknown[] }[] } }
        const payments = (carts[0] as unknown as PaymentsRowType).payment_collection.payments
        // One payment authorized for the order; the system provider never captures by itself.
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(0)
        expect(Number(payments[0].amount)).toEqual(responses[0].data.order.total)
      })
    })

    describe("prices come from the server", () => {
      it("rejects prices, totals and shipping amounts sent by the client", async () => {
        const [cartId] = await readyCarts(1, krama)
        const attempts: [string, unknown][] = [
          ["/store/carts", { region_id: shop.market.regions.usd.id, items: [{ variant_id: scarf, quantity: 1, unit_price: 1 }] }],
          [`/store/carts/${cartId}/line-items`, { variant_id: scarf, quantity: 1, unit_price: 1 }],
          [`/store/carts/${cartId}/line-items`, { variant_id: scarf, quantity: 1, total: 1 }],
          [`/store/carts/${cartId}/shipping-methods`, { option_id: "so_x", amount: 0 }],
          [`/store/carts/${cartId}/complete`, { total: 1 }],
        ]
        for (const [url, body] of attempts) {
          const response = await api.post(url, body, shop.guest)
          expect({ url, status: response.status }).toEqual({ url, status: 400 })
          expect(response.data.message).toMatch(/unit_price|total|amount|unrecognized/i)
        }
      })

      it("answers 400 to quantities of 0, -1, 0.5 and 10^9", async () => {
        const [cartId] = await readyCarts(1, krama)
        const {
          data: { cart },
        } = await api.get(`/store/carts/${cartId}`, shop.guest)
        const lineId = cart.items[0].id
        for (const quantity of [0, -1, 0.5, 1e9]) {
          const requests: [string, unknown][] = [
            ["/store/carts", { region_id: shop.market.regions.usd.id, items: [{ variant_id: scarf, quantity }] }],
            [`/store/carts/${cartId}/line-items`, { variant_id: scarf, quantity }],
            [`/store/carts/${cartId}/line-items/${lineId}`, { quantity }],
          ]
          for (const [url, body] of requests) {
            const response = await api.post(url, body, shop.guest)
            expect({ url, quantity, status: response.status }).toEqual({ url, quantity, status: 400 })
            expect(response.data.message).toMatch(/quantity/)
          }
        }
        const after = await api.get(`/store/carts/${cartId}`, shop.guest)
        expect(after.data.cart.items.map((item: { quantity: number }) => item.quantity)).toEqual([1])
      })

      it("accepts a quantity of 10,000 and refuses 10,001, on every route that takes one", async () => {
        // Stock for more than either, so only the quantity limit decides.
        const bolt = await shop.createProduct("Cotton krama bolt", { usd: 100, eur: 90 }, 30_000)
        const [cartId] = await readyCarts(1, krama)
        const cartOf = async (id: string) => (await api.get(`/store/carts/${id}`, shop.guest)).data.cart
        const lines = async (id: string) =>
          ((await cartOf(id)).items as { id: string; variant_id: string; quantity: number }[])
            .map((item) => [item.variant_id === bolt ? "bolt" : "krama", item.quantity])
            .sort()
        const lineId = (await cartOf(cartId)).items[0].id as string
        const post = async (url: string, body: unknown) => {
          const response = await api.post(url, body, shop.guest)
          return { url, status: response.status, message: String(response.data.message ?? "") }
        }

        for (const [url, body] of [
          ["/store/carts", { region_id: shop.market.regions.usd.id, items: [{ variant_id: bolt, quantity: 10_001 }] }],
          [`/store/carts/${cartId}/line-items`, { variant_id: bolt, quantity: 10_001 }],
          [`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 10_001 }],
        ] as const) {
          expect(await post(url, body)).toEqual({ url, status: 400, message: expect.stringMatching(/quantity/) })
        }
        expect(await lines(cartId)).toEqual([["krama", 1]])

        const created = await api.post(
          "/store/carts",
          { region_id: shop.market.regions.usd.id, items: [{ variant_id: bolt, quantity: 10_000 }] },
          shop.guest
        )
        expect(created.status).toEqual(200)
        expect(await lines(created.data.cart.id)).toEqual([["bolt", 10_000]])
        const added = await post(`/store/carts/${cartId}/line-items`, { variant_id: bolt, quantity: 9_999 })
        expect(added.status).toEqual(200)
        const boltLine = (await cartOf(cartId)).items.find((item: { variant_id: string }) => item.variant_id === bolt).id
        expect((await post(`/store/carts/${cartId}/line-items/${boltLine}`, { quantity: 10_000 })).status).toEqual(200)
        expect(await lines(cartId)).toEqual([["bolt", 10_000], ["krama", 1]])
      })

      it("totals every order as the server's own sum of prices, shipping and tax", async () => {
        const cartId = await shop.readyCart({
          items: [
            { variantId: scarf, quantity: 2 },
            { variantId: krama, quantity: 1 },
          ],
        })
        const completed = await shop.complete(cartId)
        const order = (await api.get(`/store/orders/${completed.data.order.id}`, {
          ...shop.guest,
          headers: {
            ...shop.guest.headers,
            "x-order-confirmation-token": (
              await api.post("/store/order-confirmations", { cart_id: cartId }, shop.guest)
            ).data.token,
          },
        })).data.order
        const unitPrices = Object.fromEntries(
          order.items.map((item: { variant_id: string; unit_price: number }) => [item.variant_id, item.unit_price])
        )
        expect(unitPrices).toEqual({ [scarf]: 45, [krama]: 12.5 })
        // Cambodia: 10% tax on top of the goods (2 × 45.00 + 12.50) and the 3.00 courier.
        expect(order.item_subtotal).toBeCloseTo(102.5, 2)
        expect(order.shipping_subtotal).toBeCloseTo(3, 2)
        expect(order.tax_total).toBeCloseTo(10.55, 2)
        expect(order.total).toBeCloseTo(116.05, 2)
        expect(order.total).toBeCloseTo(order.item_subtotal + order.shipping_subtotal + order.tax_total, 2)
      })
    })

    describe("nobody reads what is not theirs", () => {
      it("hides a customer's cart from other customers and guests, on every cart route", async () => {
        expect((await api.get(`/store/carts/${aliceOpenCartId}`, alice.as)).status).toEqual(200)
        for (const as of [bob.as, shop.guest]) {
          const requests = [
            api.get(`/store/carts/${aliceOpenCartId}`, as),
            api.post(`/store/carts/${aliceOpenCartId}`, { email: "thief@example.com" }, as),
            api.post(`/store/carts/${aliceOpenCartId}/line-items`, { variant_id: scarf, quantity: 1 }, as),
            api.post(`/store/carts/${aliceOpenCartId}/customer`, {}, as),
            api.post(`/store/carts/${aliceOpenCartId}/complete`, {}, as),
          ]
          for (const response of await Promise.all(requests)) {
            expect([401, 403, 404]).toContain(response.status)
          }
        }
        const cart = (await api.get(`/store/carts/${aliceOpenCartId}`, alice.as)).data.cart
        expect(cart.email).toEqual("alice@example.com")
        expect(cart.items).toHaveLength(1)
        expect(cart.completed_at).toBeNull()
      })

      it("hides a customer's payment collection from others", async () => {
        const cart = (await api.get(`/store/carts/${aliceOpenCartId}?fields=payment_collection.id`, alice.as)).data.cart
        const collectionId = cart.payment_collection.id
        for (const as of [bob.as, shop.guest]) {
          const create = await api.post("/store/payment-collections", { cart_id: aliceOpenCartId }, as)
          expect(create.status).toEqual(404)
          const session = await api.post(
            `/store/payment-collections/${collectionId}/payment-sessions`,
            { provider_id: "pp_system_default" },
            as
          )
          expect(session.status).toEqual(404)
        }
      })

      it("hides a customer's addresses from other customers", async () => {
        const own = await api.get(`/store/customers/me/addresses/${aliceAddressId}`, alice.as)
        expect(own.status).toEqual(200)
        const requests = [
          api.get(`/store/customers/me/addresses/${aliceAddressId}`, bob.as),
          api.post(`/store/customers/me/addresses/${aliceAddressId}`, { city: "Elsewhere" }, bob.as),
          api.delete(`/store/customers/me/addresses/${aliceAddressId}`, bob.as),
          api.get(`/store/customers/me/addresses/${aliceAddressId}`, shop.guest),
        ]
        for (const response of await Promise.all(requests)) {
          expect([401, 403, 404]).toContain(response.status)
        }
        const after = await api.get(`/store/customers/me/addresses/${aliceAddressId}`, alice.as)
        expect(after.data.address.city).toEqual("Lyon")
      })

      it("gives a confirmation token for a customer's cart only to that customer", async () => {
        const cartId = await shop.readyCart({ as: alice.as, items: [{ variantId: krama, quantity: 1 }] })
        await shop.complete(cartId, alice.as)
        expect((await api.post("/store/order-confirmations", { cart_id: cartId }, shop.guest)).status).toEqual(404)
        expect((await api.post("/store/order-confirmations", { cart_id: cartId }, bob.as)).status).toEqual(404)
        expect((await api.post("/store/order-confirmations", { cart_id: cartId }, alice.as)).status).toEqual(200)
      })
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
