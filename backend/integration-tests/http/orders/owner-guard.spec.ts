import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProducerWithLogin } from "../../fixtures/producers"
import { createShop, type AsType, type CustomerType, type ShopType } from "../checkout/shop"

jest.setTimeout(180_000)

const GUEST_EMAIL = "guest@example.com"

/**
 * Every store route that names an order answers only the order's owner (its customer, or a guest
 * holding its confirmation token), or for a transfer the customer whose email the order was
 * placed with and whoever holds the transfer's mailed token. Anyone else: 404, and nothing changes.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let orders: IOrderModuleService
    let shop: ShopType
    let alice: CustomerType
    let bob: CustomerType
    let claimant: CustomerType
    let producer: AsType
    let guestOrderId: string
    let guestToken: string
    let aliceOrderId: string
    let aliceLineId: string

    const withHeader = (as: AsType, name: string, value: string): AsType => ({
      ...as,
      headers: { ...as.headers, [name]: value },
    })
    const asGuestOwner = () => withHeader(shop.guest, "x-order-confirmation-token", guestToken)

    /** The order's changes (transfers, returns) and returns, to show that nothing was opened. */
    const traces = async (orderId: string) => ({
      changes: (await orders.listOrderChanges({ order_id: orderId })).map((change) => change.status),
      returns: (
        await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "return", fields: ["id"], filters: { order_id: orderId } })
      ).data.length,
    })

    const transferToken = async (orderId: string): Promise<string> => {
      const changes = await orders.listOrderChanges({ order_id: orderId }, { relations: ["actions"] })
      const open = changes.find((change) => !["canceled", "declined", "confirmed"].includes(change.status as string))
      return (open?.actions ?? []).find((action) => action.action === "TRANSFER_CUSTOMER")?.details
        ?.token as string
    }

    // The runner restores the database to its state after this hook before every test.
    beforeAll(async () => {
      container = getContainer()
      orders = container.resolve(Modules.ORDER)
      shop = await createShop(container, api)
      const scarf = await shop.createProduct("Hol silk scarf", { usd: 45, eur: 42 })
      alice = await shop.registerCustomer("alice@example.com")
      bob = await shop.registerCustomer("bob@example.com")
      const group = await createProducerWithLogin(container, api, {
        handle: "curious-weavers",
        email: "coordinator@curious-weavers.test",
      })
      producer = withHeader(shop.guest, "authorization", group.headers.headers.authorization)

      const guestCartId = await shop.readyCart({ items: [{ variantId: scarf, quantity: 1 }] })
      guestOrderId = (await shop.complete(guestCartId)).data.order.id
      guestToken = (await api.post("/store/order-confirmations", { cart_id: guestCartId }, shop.guest)).data.token
      const aliceCartId = await shop.readyCart({ as: alice.as, items: [{ variantId: scarf, quantity: 1 }] })
      const aliceOrder = (await shop.complete(aliceCartId, alice.as)).data.order
      aliceOrderId = aliceOrder.id
      aliceLineId = aliceOrder.items[0].id
      // Registered after the guest's purchase, with the email the guest bought with.
      claimant = await shop.registerCustomer(GUEST_EMAIL)
    })

    const routes = (orderId: string) => [
      { method: "get", url: `/store/orders/${orderId}` },
      { method: "post", url: `/store/orders/${orderId}/transfer/request`, data: {} },
      { method: "post", url: `/store/orders/${orderId}/transfer/cancel`, data: {} },
      { method: "post", url: `/store/orders/${orderId}/transfer/accept`, data: { token: "guessed" } },
      { method: "post", url: `/store/orders/${orderId}/transfer/decline`, data: { token: "guessed" } },
      {
        method: "post",
        url: "/store/returns",
        data: {
          order_id: orderId,
          items: [{ id: aliceLineId, quantity: 1 }],
          return_shipping: { option_id: "so_unknown" },
        },
      },
    ]

    it("answers strangers 404 on every order route, and nothing is opened on the order", async () => {
      const strangers: [string, () => AsType][] = [
        ["another customer", () => bob.as],
        ["a guest without the token", () => shop.guest],
        ["a producer who saw the order id", () => producer],
        ["the guest order's token on another order", asGuestOwner],
      ]
      for (const orderId of [guestOrderId, aliceOrderId]) {
        for (const [who, as] of strangers) {
          if (who.startsWith("the guest order's token") && orderId === guestOrderId) {
            continue
          }
          for (const route of routes(orderId)) {
            const response = await api.request({ ...as(), ...route })
            // Medusa asks for a customer login on the transfer request and cancel before anything
            // else: a 401 says nothing about the order either.
            const loginFirst = /transfer\/(request|cancel)$/.test(route.url) && who !== "another customer"
            const route_ = `${route.method} ${route.url}`
            expect({ who, route: route_, status: response.status }).toEqual({
              who,
              route: route_,
              status: loginFirst ? 401 : 404,
            })
            expect(JSON.stringify(response.data)).not.toContain(orderId === guestOrderId ? GUEST_EMAIL : "alice@example.com")
          }
        }
        expect(await traces(orderId)).toEqual({ changes: [], returns: 0 })
      }
    })

    it("lets the owners read their orders", async () => {
      expect((await api.get(`/store/orders/${guestOrderId}`, asGuestOwner())).status).toEqual(200)
      expect((await api.get(`/store/orders/${aliceOrderId}`, alice.as)).status).toEqual(200)
    })

    it("lets the owners through to Medusa's return flow", async () => {
      // Medusa then refuses the unknown return option: the point is that the guard let them in.
      for (const [orderId, as] of [
        [aliceOrderId, alice.as],
        [guestOrderId, asGuestOwner()],
      ] as const) {
        const response = await api.post(
          "/store/returns",
          { order_id: orderId, items: [{ id: aliceLineId, quantity: 1 }], return_shipping: { option_id: "so_unknown" } },
          as
        )
        expect(response.data.message ?? "").not.toContain(`Order with id: ${orderId} was not found`)
      }
    })

    it("lets the customer with the order's email claim a guest order, and the owner accept it from the mail", async () => {
      const requested = await api.post(`/store/orders/${guestOrderId}/transfer/request`, {}, claimant.as)
      expect(requested.status).toEqual(200)
      expect(requested.data.order.id).toEqual(guestOrderId)
      const token = await transferToken(guestOrderId)
      // The open request is not anyone's to accept or cancel without the mailed token.
      expect((await api.post(`/store/orders/${guestOrderId}/transfer/accept`, { token: "guessed" }, bob.as)).status).toEqual(404)
      expect((await api.post(`/store/orders/${guestOrderId}/transfer/cancel`, {}, bob.as)).status).toEqual(404)
      const accepted = await api.post(`/store/orders/${guestOrderId}/transfer/accept`, { token }, shop.guest)
      expect(accepted.status).toEqual(200)
      const [order] = await orders.listOrders({ id: guestOrderId }, { select: ["id", "customer_id"] })
      expect(order.customer_id).toEqual(claimant.id)
      expect((await api.get(`/store/orders/${guestOrderId}`, claimant.as)).status).toEqual(200)
    })

    it("lets the claimant cancel the request, and the owner decline one from the mail", async () => {
      const openTransfers = async () =>
        (await orders.listOrderChanges({ order_id: guestOrderId })).filter(
          (change) => !["canceled", "declined", "confirmed"].includes(change.status as string)
        ).length
      expect((await api.post(`/store/orders/${guestOrderId}/transfer/request`, {}, claimant.as)).status).toEqual(200)
      expect(await openTransfers()).toEqual(1)
      expect((await api.post(`/store/orders/${guestOrderId}/transfer/cancel`, {}, claimant.as)).status).toEqual(200)
      expect(await openTransfers()).toEqual(0)
      expect((await api.post(`/store/orders/${guestOrderId}/transfer/request`, {}, claimant.as)).status).toEqual(200)
      const token = await transferToken(guestOrderId)
      const declined = await api.post(`/store/orders/${guestOrderId}/transfer/decline`, { token }, shop.guest)
      expect(declined.status).toEqual(200)
      expect(await openTransfers()).toEqual(0)
      const [order] = await orders.listOrders({ id: guestOrderId }, { select: ["id", "customer_id"] })
      expect(order.customer_id).not.toEqual(claimant.id)
    })
  },
})
