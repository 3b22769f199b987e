import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import { createMarketplace, type MarketplaceType } from "./marketplace"

jest.setTimeout(300_000)

type OrderLine = {
  id: string
  title: string
  quantity: number
  amount: number
  status: string
  tracking: { number: string; url: string | null; carrier: string | null } | null
}
/** An order as these tests read it through query.graph (generated types may be absent). */
type OrderRow = {
  fulfillments: { location_id: string; shipped_at: string | null; items: { line_item_id: string }[] }[]
  items: { id: string; detail: { fulfilled_quantity: number } }[]
}
type LevelRow = { stocked_quantity: number; reserved_quantity: number }

async function readOrder(container: MedusaContainer, orderId: string): Promise<OrderRow> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "fulfillments.location_id",
      "fulfillments.shipped_at",
      "fulfillments.items.line_item_id",
      "items.id",
      "items.detail.fulfilled_quantity",
    ],
    filters: { id: orderId },
  })
  return data[0] as unknown as OrderRow
}

type ProducerOrder = {
  id: string
  display_id: number
  status: string
  currency_code: string
  shipping_address: Record<string, string | null>
  items: OrderLine[]
  amount: number
}

/** What settlement and fulfillment wrote for an order, to prove a refused request wrote nothing. */
async function orderState(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "fulfillments.id", "fulfillments.shipped_at", "items.id", "items.detail.fulfilled_quantity"],
    filters: { id: orderId },
  })
  return order
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: MarketplaceType
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    let mixedOrderId: string
    let onlyAOrderId: string
    /** Line ids of the mixed order by product title. */
    let lines: Record<string, string>

    const get = (url: string, as: ProducerLoginType) => api.get(url, as.headers)
    const post = (url: string, body: unknown, as: ProducerLoginType) => api.post(url, body, as.headers)
    const failure = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("Expected the request to fail")
        },
        (error) => error.response as { status: number; data: { message: string } }
      )
    const orderOf = async (as: ProducerLoginType, orderId: string): Promise<ProducerOrder> =>
      (await get(`/producer/orders/${orderId}`, as)).data.order

    beforeAll(async () => {
      const container = getContainer()
      market = await createMarketplace(container, api)
      groupA = await createProducerWithLogin(container, api, {
        handle: "weavers-a",
        email: "coordinator@weavers-a.test",
        commissionRateBps: 1500,
      })
      groupB = await createProducerWithLogin(container, api, {
        handle: "potters-b",
        email: "coordinator@potters-b.test",
        commissionRateBps: 1000,
      })
      const scarf = await market.createGroupProduct({
        groupId: groupA.groupId,
        stockLocationId: groupA.stockLocationId,
        title: "Hol silk scarf",
        prices: { usd: 4500, eur: 4200 },
      })
      const krama = await market.createGroupProduct({
        groupId: groupA.groupId,
        stockLocationId: groupA.stockLocationId,
        title: "Cotton krama",
        prices: { usd: 1250, eur: 1100 },
      })
      const pot = await market.createGroupProduct({
        groupId: groupB.groupId,
        stockLocationId: groupB.stockLocationId,
        title: "Kampong Chhnang pot",
        prices: { usd: 1999, eur: 1800 },
      })
      mixedOrderId = await market.placeOrder({
        currency: "usd",
        items: [
          { variantId: scarf.variantId, quantity: 1 },
          { variantId: krama.variantId, quantity: 3 },
          { variantId: pot.variantId, quantity: 2 },
        ],
      })
      onlyAOrderId = await market.placeOrder({
        currency: "usd",
        items: [{ variantId: krama.variantId, quantity: 1 }],
      })
      const recorded = await market.waitFor(
        async () => {
          const [a, b] = await Promise.all([
            get("/producer/orders", groupA),
            get("/producer/orders", groupB),
          ])
          return { a: a.data.orders as ProducerOrder[], b: b.data.orders as ProducerOrder[] }
        },
        ({ a, b }) => a.length === 2 && b.length === 1
      )
      const mixed = [...recorded.a, ...recorded.b].filter((order) => order.id === mixedOrderId)
      lines = Object.fromEntries(
        mixed.flatMap((order) => order.items.map((item) => [item.title, item.id]))
      )
    })

    describe("GET /producer/orders", () => {
      it("turns a cart with two groups' products into one order that each group sees with its own lines only", async () => {
        const a = (await get("/producer/orders", groupA)).data
        const b = (await get("/producer/orders", groupB)).data

        expect(a.count).toEqual(2)
        expect(a.orders.map((order: ProducerOrder) => order.id)).toEqual([onlyAOrderId, mixedOrderId])
        const mixedForA: ProducerOrder = a.orders[1]
        const mixedForB: ProducerOrder = b.orders[0]
        expect(mixedForB.id).toEqual(mixedForA.id)
        expect(mixedForA.items.map((item) => [item.title, item.quantity, item.amount]).sort()).toEqual([
          ["Cotton krama", 3, 3750],
          ["Hol silk scarf", 1, 4500],
        ])
        expect(mixedForA.amount).toEqual(8250)
        expect(mixedForB.items.map((item) => [item.title, item.quantity, item.amount])).toEqual([
          ["Kampong Chhnang pot", 2, 3998],
        ])
        expect(mixedForB.amount).toEqual(3998)
        expect(b.count).toEqual(1)
      })

      it("gives what is needed to deliver, and nothing of the customer's account or the order's totals", async () => {
        const order = await orderOf(groupA, mixedOrderId)

        expect(order.shipping_address).toEqual({
          first_name: "Emma",
          last_name: "Laurent",
          company: null,
          address_1: "1 Test Street",
          address_2: null,
          city: "Siem Reap",
          province: null,
          postal_code: "17252",
          country_code: "kh",
          phone: "+33 6 12 34 56 78",
        })
        expect(Object.keys(order).sort()).toEqual([
          "amount",
          "created_at",
          "currency_code",
          "display_id",
          "id",
          "items",
          "shipping_address",
          "status",
        ])
        expect(JSON.stringify(order)).not.toContain("buyer@example.com")
        expect(order.items.every((item) => item.status === "pending" && item.tracking === null)).toBe(true)
      })

      it("pages newest first", async () => {
        const first = (await get("/producer/orders?limit=1", groupA)).data
        const second = (await get("/producer/orders?limit=1&offset=1", groupA)).data

        expect(first).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(first.orders.map((order: ProducerOrder) => order.id)).toEqual([onlyAOrderId])
        expect(second.orders.map((order: ProducerOrder) => order.id)).toEqual([mixedOrderId])
      })

      it("refuses bad query parameters, including fields that could reach other groups' lines", async () => {
        const badParams = [
          "limit=0",
          "limit=abc",
          "limit=1.5",
          "limit=101",
          "offset=-1",
          "fields=*items",
          "status=pending",
        ]
        for (const params of badParams) {
          const response = await failure(get(`/producer/orders?${params}`, groupA))
          expect([params, response.status]).toEqual([params, 400])
        }
      })

      it("needs a producer login", async () => {
        expect((await failure(api.get("/producer/orders"))).status).toEqual(401)
        expect((await failure(api.get("/producer/orders", market.adminHeaders))).status).toEqual(401)
      })
    })

    describe("GET /producer/orders/:id", () => {
      it("is not found for another group's order, or an unknown one", async () => {
        expect((await failure(get(`/producer/orders/${onlyAOrderId}`, groupB))).status).toEqual(404)
        expect((await failure(get("/producer/orders/order_unknown", groupB))).status).toEqual(404)
        expect((await orderOf(groupA, onlyAOrderId)).items).toHaveLength(1)
      })

      it("refuses unknown query parameters", async () => {
        expect((await failure(get(`/producer/orders/${mixedOrderId}?fields=*items`, groupA))).status).toEqual(400)
      })
    })

    describe("POST /producer/orders/:id/handover and /ship", () => {
      it("refuses bad bodies and changes nothing", async () => {
        const container = getContainer()
        const before = await orderState(container, mixedOrderId)
        const scarfLine = lines["Hol silk scarf"]
        const handover = `/producer/orders/${mixedOrderId}/handover`
        const ship = `/producer/orders/${mixedOrderId}/ship`
        const badBodies: [string, unknown][] = [
          [handover, {}],
          [handover, { line_item_ids: [] }],
          [handover, { line_item_ids: scarfLine }],
          [handover, { line_item_ids: [42] }],
          [handover, { line_item_ids: [scarfLine, scarfLine] }],
          [handover, { line_item_ids: [scarfLine], producer_group_id: groupB.groupId }],
          [handover, { line_item_ids: ["x".repeat(101)] }],
          [ship, { line_item_ids: [scarfLine] }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "" }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "T".repeat(101) }],
          [ship, { line_item_ids: [scarfLine], tracking_number: 12345 }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "RR1", tracking_url: "not a url" }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "RR1", tracking_url: "javascript:x()" }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "RR1", tracking_url: "http://track.example.com/RR1" }],
          [ship, { line_item_ids: [scarfLine], tracking_number: "RR1", signed_by: "me" }],
        ]
        for (const [url, body] of badBodies) {
          const response = await failure(post(url, body, groupA))
          expect([url, body, response.status]).toEqual([url, body, 400])
        }
        const malformed = await failure(
          api.post(handover, '{"line_item_ids": [', {
            headers: { ...groupA.headers.headers, "content-type": "application/json" },
          })
        )
        expect(malformed.status).toEqual(400)

        expect(await orderState(container, mixedOrderId)).toEqual(before)
      })

      it("keeps other groups out: B cannot hand over or ship A's lines, whatever ids it sends", async () => {
        const container = getContainer()
        const before = await orderState(container, mixedOrderId)
        const scarfLine = lines["Hol silk scarf"]
        const potLine = lines["Kampong Chhnang pot"]

        const attempts: [string, ProducerLoginType, unknown][] = [
          [`${mixedOrderId}/handover`, groupB, { line_item_ids: [scarfLine] }],
          [`${mixedOrderId}/handover`, groupB, { line_item_ids: [potLine, scarfLine] }],
          [`${mixedOrderId}/ship`, groupB, { line_item_ids: [scarfLine], tracking_number: "RR1" }],
          [`${onlyAOrderId}/handover`, groupB, { line_item_ids: [potLine] }],
          [`${onlyAOrderId}/ship`, groupB, { line_item_ids: [potLine], tracking_number: "RR1" }],
          [`${mixedOrderId}/handover`, groupA, { line_item_ids: [potLine] }],
        ]
        for (const [path, as, body] of attempts) {
          const response = await failure(post(`/producer/orders/${path}`, body, as))
          expect([path, body, response.status]).toEqual([path, body, 404])
        }
        expect(await orderState(container, mixedOrderId)).toEqual(before)
      })

      it("hands lines over as one Medusa fulfillment from the group's own location", async () => {
        const scarfLine = lines["Hol silk scarf"]
        const kramaLine = lines["Cotton krama"]
        const response = await post(
          `/producer/orders/${mixedOrderId}/handover`,
          { line_item_ids: [scarfLine, kramaLine] },
          groupA
        )

        for (const item of response.data.order.items as OrderLine[]) {
          expect(item).toMatchObject({ status: "handed_over", tracking: null, handed_over_at: expect.any(String) })
        }
        const order = await readOrder(getContainer(), mixedOrderId)
        expect(order.fulfillments).toHaveLength(1)
        expect(order.fulfillments[0].location_id).toEqual(groupA.stockLocationId)
        expect(order.fulfillments[0].items.map((item) => item.line_item_id).sort()).toEqual(
          [scarfLine, kramaLine].sort()
        )
        const fulfilled = Object.fromEntries(
          order.items.map((item) => [item.id, Number(item.detail.fulfilled_quantity)])
        )
        expect(fulfilled).toEqual({ [scarfLine]: 1, [kramaLine]: 3, [lines["Kampong Chhnang pot"]]: 0 })

        // The units leave the group's stock; the only-A order still holds its krama reservation.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "reserved_quantity"],
          filters: { location_id: groupA.stockLocationId },
        })
        expect(levels.map((level: LevelRow) => [level.stocked_quantity, level.reserved_quantity]).sort()).toEqual(
          [[97, 1], [99, 0]].sort()
        )
        const forB = await orderOf(groupB, mixedOrderId)
        expect(forB.items.map((item) => item.status)).toEqual(["pending"])
      })

      it("refuses to hand over a line twice, or to ship part of a hand-over", async () => {
        const container = getContainer()
        await post(
          `/producer/orders/${mixedOrderId}/handover`,
          { line_item_ids: [lines["Hol silk scarf"], lines["Cotton krama"]] },
          groupA
        )
        const before = await orderState(container, mixedOrderId)
        const again = await failure(
          post(`/producer/orders/${mixedOrderId}/handover`, { line_item_ids: [lines["Hol silk scarf"]] }, groupA)
        )
        expect(again.status).toEqual(400)
        const part = await failure(
          post(
            `/producer/orders/${mixedOrderId}/ship`,
            { line_item_ids: [lines["Hol silk scarf"]], tracking_number: "VET-0001" },
            groupA
          )
        )
        expect(part.status).toEqual(400)
        expect(await orderState(container, mixedOrderId)).toEqual(before)
      })

      it("ships what was handed over, with the courier's tracking", async () => {
        await post(
          `/producer/orders/${mixedOrderId}/handover`,
          { line_item_ids: [lines["Hol silk scarf"], lines["Cotton krama"]] },
          groupA
        )
        const response = await post(
          `/producer/orders/${mixedOrderId}/ship`,
          {
            line_item_ids: [lines["Cotton krama"], lines["Hol silk scarf"]],
            tracking_number: "VET-0001",
            carrier: "Virak Buntham Express",
          },
          groupA
        )
        for (const item of response.data.order.items as OrderLine[]) {
          expect(item).toMatchObject({
            status: "shipped",
            shipped_at: expect.any(String),
            tracking: { number: "VET-0001", url: null, carrier: "Virak Buntham Express" },
          })
        }
        const again = await failure(
          post(
            `/producer/orders/${mixedOrderId}/ship`,
            { line_item_ids: [lines["Cotton krama"], lines["Hol silk scarf"]], tracking_number: "AGAIN" },
            groupA
          )
        )
        expect(again.status).toEqual(400)
      })

      it("ships pending lines directly, from the group's location, with tracking and carrier", async () => {
        const potLine = lines["Kampong Chhnang pot"]
        const response = await post(
          `/producer/orders/${mixedOrderId}/ship`,
          {
            line_item_ids: [potLine],
            tracking_number: "RR123456789KH",
            carrier: "Cambodia Post",
            tracking_url: "https://track.example.com/RR123456789KH",
          },
          groupB
        )
        expect(response.data.order.items).toEqual([
          expect.objectContaining({
            id: potLine,
            status: "shipped",
            tracking: {
              number: "RR123456789KH",
              url: "https://track.example.com/RR123456789KH",
              carrier: "Cambodia Post",
            },
          }),
        ])
        const order = await readOrder(getContainer(), mixedOrderId)
        expect(order.fulfillments.map((f) => [f.location_id, !!f.shipped_at])).toEqual([
          [groupB.stockLocationId, true],
        ])
        const forA = await orderOf(groupA, mixedOrderId)
        expect(forA.items.map((item) => item.status)).toEqual(["pending", "pending"])
      })

      it("refuses handing over lines of a canceled order", async () => {
        const container = getContainer()
        await api.post(`/admin/orders/${onlyAOrderId}/cancel`, {}, market.adminHeaders)
        const before = await orderState(container, onlyAOrderId)
        const [line] = (await orderOf(groupA, onlyAOrderId)).items

        const response = await failure(
          post(`/producer/orders/${onlyAOrderId}/handover`, { line_item_ids: [line.id] }, groupA)
        )
        expect(response.status).toEqual(400)
        expect(await orderState(container, onlyAOrderId)).toEqual(before)
        expect((await orderOf(groupA, onlyAOrderId)).status).toEqual("canceled")
      })
    })
  },
})
