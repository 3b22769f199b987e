import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import orderPlacedHandler from "../../../src/subscribers/order-placed"
import { SETTLEMENT_MODULE } from "../../../src/modules/settlement"
import type SettlementModuleService from "../../../src/modules/settlement/service"
import {
  recordOrderSalesWorkflow,
} from "../../../src/workflows/settlement/workflows/record-order-sales"
import {
  reverseOrderSalesWorkflow,
} from "../../../src/workflows/settlement/workflows/reverse-order-sales"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import { createMarketplace, type MarketCurrency, type MarketplaceType } from "../orders/marketplace"

jest.setTimeout(300_000)

type Entry = {
  id: string
  type: string
  amount: number
  currency_code: string
  order_id: string | null
  line_item_id: string | null
  quantity: number | null
  rate_bps: number | null
  description: string | null
  created_at: string
}
type Balance = { currency_code: string; balance: number }
type Ledger = { entries: Entry[]; count: number; balances: Balance[] }

/** One product in an order, with what the ledger must make of it. */
type PlacedLine = {
  orderId: string
  currency: MarketCurrency
  group: "a" | "b"
  title: string
  quantity: number
  unitPrice: number
  promotionPercent: number
}

/** round half up of a non-negative rational, on integers only */
const roundHalfUp = (numerator: bigint, denominator: bigint) =>
  Number((BigInt(2) * numerator + denominator) / (BigInt(2) * denominator))

const RATES = { a: 1500, b: 1250 }
/** Europe's prices include 20% tax, Cambodia's 10% is added on top (so not in the price). */
const TAX_IN_PRICE: Record<MarketCurrency, number> = { usd: 0, eur: 20 }

/** What a line sold for without tax and after the promotion, computed independently of the app. */
function expectedSale(line: PlacedLine): number {
  const gross = BigInt(line.unitPrice * line.quantity)
  return roundHalfUp(
    gross * BigInt(100 - line.promotionPercent) * BigInt(100),
    BigInt(100) * BigInt(100 + TAX_IN_PRICE[line.currency])
  )
}
const expectedCommission = (sale: number, rateBps: number) =>
  roundHalfUp(BigInt(sale) * BigInt(rateBps), BigInt(10_000))

async function countLedger(container: MedusaContainer) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [, entries] = await settlement.listAndCountLedgerEntries({}, { take: 1 })
  return entries
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: MarketplaceType
    let groups: Record<"a" | "b", ProducerLoginType>
    let placed: PlacedLine[]
    let orders: { mixedUsd: string; promoUsd: string; mixedEur: string; kramaEur: string }

    const ledgerOf = async (group: "a" | "b", params = "limit=100"): Promise<Ledger> =>
      (await api.get(`/producer/ledger?${params}`, groups[group].headers)).data
    /** Line id → title, from the group's own view of its orders. */
    const lineTitles = async (group: "a" | "b") => {
      const { data } = await api.get("/producer/orders?limit=100", groups[group].headers)
      return new Map<string, string>(
        data.orders.flatMap((order: { items: { id: string; title: string }[] }) =>
          order.items.map((item) => [item.id, item.title] as const)
        )
      )
    }
    const failure = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("Expected the request to fail")
        },
        (error) => error.response as { status: number }
      )

    beforeAll(async () => {
      const container = getContainer()
      market = await createMarketplace(container, api)
      groups = {
        a: await createProducerWithLogin(container, api, {
          handle: "silk-a",
          email: "silk@a.test",
          commissionRateBps: RATES.a,
        }),
        b: await createProducerWithLogin(container, api, {
          handle: "clay-b",
          email: "clay@b.test",
          commissionRateBps: RATES.b,
        }),
      }
      const catalogue = {
        "Hol silk scarf": { group: "a" as const, prices: { usd: 4500, eur: 4200 } },
        "Cotton krama": { group: "a" as const, prices: { usd: 1250, eur: 1100 } },
        "Clay pot": { group: "b" as const, prices: { usd: 1999, eur: 1800 } },
        "Rattan basket": { group: "b" as const, prices: { usd: 899, eur: 999 } },
      }
      const variants: Record<string, string> = {}
      for (const [title, spec] of Object.entries(catalogue)) {
        const group = groups[spec.group]
        const { variantId } = await market.createGroupProduct({
          groupId: group.groupId,
          stockLocationId: group.stockLocationId,
          title,
          prices: spec.prices,
        })
        variants[title] = variantId
      }
      await market.createPercentPromotion("TEN", 10)

      placed = []
      const place = async (
        currency: MarketCurrency,
        items: [keyof typeof catalogue, number][],
        promotionPercent = 0
      ) => {
        const orderId = await market.placeOrder({
          currency,
          items: items.map(([title, quantity]) => ({ variantId: variants[title], quantity })),
          promotionCode: promotionPercent ? "TEN" : undefined,
        })
        for (const [title, quantity] of items) {
          placed.push({
            orderId,
            currency,
            group: catalogue[title].group,
            title,
            quantity,
            unitPrice: catalogue[title].prices[currency],
            promotionPercent,
          })
        }
        return orderId
      }
      orders = {
        mixedUsd: await place("usd", [
          ["Hol silk scarf", 1],
          ["Cotton krama", 3],
          ["Clay pot", 2],
        ]),
        promoUsd: await place("usd", [["Cotton krama", 2], ["Rattan basket", 1]], 10),
        mixedEur: await place("eur", [
          ["Hol silk scarf", 1],
          ["Clay pot", 3],
          ["Rattan basket", 1],
        ]),
        kramaEur: await place("eur", [["Cotton krama", 7]]),
      }
      const salesOf = (ledger: Ledger) => ledger.entries.filter((entry) => entry.type === "sale").length
      await market.waitFor(
        async () => [await ledgerOf("a"), await ledgerOf("b")],
        ([a, b]) => salesOf(a) === 5 && salesOf(b) === 4
      )
    })

    describe("sales and commission", () => {
      it("records each line of each group once, exact to the minor unit, across currencies, taxes, rates and discounts", async () => {
        for (const group of ["a", "b"] as const) {
          const ledger = await ledgerOf(group)
          const titles = await lineTitles(group)
          const expected = placed.filter((line) => line.group === group)

          const sales = ledger.entries.filter((entry) => entry.type === "sale")
          const commissions = ledger.entries.filter((entry) => entry.type === "commission")
          expect(sales).toHaveLength(expected.length)
          expect(commissions).toHaveLength(expected.length)
          expect(ledger.entries).toHaveLength(expected.length * 2)

          const actual = sales.map((sale) => {
            const commission = commissions.find((entry) => entry.line_item_id === sale.line_item_id)
            return [
              sale.order_id,
              titles.get(sale.line_item_id as string),
              sale.currency_code,
              sale.quantity,
              sale.amount,
              commission?.amount,
              commission?.rate_bps,
            ]
          })
          const wanted = expected.map((line) => {
            const sale = expectedSale(line)
            return [
              line.orderId,
              line.title,
              line.currency,
              line.quantity,
              sale,
              -expectedCommission(sale, RATES[group]),
              RATES[group],
            ]
          })
          const byKey = (row: unknown[]) => `${row[0]}|${row[1]}`
          expect(actual.sort((x, y) => byKey(x).localeCompare(byKey(y)))).toEqual(
            wanted.sort((x, y) => byKey(x).localeCompare(byKey(y)))
          )

          const balances = ["eur", "usd"].map((currency) => ({
            currency_code: currency,
            balance: expected
              .filter((line) => line.currency === currency)
              .reduce((sum, line) => {
                const sale = expectedSale(line)
                return sum + sale - expectedCommission(sale, RATES[group])
              }, 0),
          }))
          expect(ledger.balances).toEqual(balances)
        }
      })

      it("gets the hard cases right: tax taken out of inclusive prices, discounts, half units", async () => {
        const a = await ledgerOf("a")
        const b = await ledgerOf("b")
        const amountsOf = (ledger: Ledger, orderId: string) =>
          ledger.entries
            .filter((entry) => entry.order_id === orderId)
            .map((entry) => [entry.type, entry.amount])
            .sort()
        // 7 × €11.00 incl. 20% VAT = €64.1666… → 6417; 15% of it = 962.55 → 963.
        expect(amountsOf(a, orders.kramaEur)).toEqual([
          ["commission", -963],
          ["sale", 6417],
        ])
        // $8.99 − 10% = 809.1 cents → 809; 12.5% of it = 101.125 → 101.
        expect(amountsOf(b, orders.promoUsd)).toEqual([
          ["commission", -101],
          ["sale", 809],
        ])
        // €9.99 incl. 20% VAT = 832.5 cents → 833 (a half goes up); 12.5% of it = 104.125 → 104.
        const eurBasket = b.entries.filter(
          (entry) => entry.order_id === orders.mixedEur && entry.quantity === 1
        )
        expect(eurBasket.map((entry) => [entry.type, entry.amount]).sort()).toEqual([
          ["commission", -104],
          ["sale", 833],
        ])
      })

      it("links the order to every group with a line in it", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "producer_groups.id"],
          filters: { id: [orders.mixedUsd, orders.kramaEur] },
        })
        const linked = Object.fromEntries(
          (data as unknown as { id: string; producer_groups: { id: string }[] }[]).map((order) => [
            order.id,
            order.producer_groups.map((group) => group.id).sort(),
          ])
        )
        expect(linked).toEqual({
          [orders.mixedUsd]: [groups.a.groupId, groups.b.groupId].sort(),
          [orders.kramaEur]: [groups.a.groupId],
        })
      })

      it("records an order once however often order.placed arrives, even at the same time", async () => {
        const container = getContainer()
        const before = await countLedger(container)

        await recordOrderSalesWorkflow(container).run({ input: { order_id: orders.mixedUsd } })
        await Promise.all(
          [1, 2, 3].map(() =>
            recordOrderSalesWorkflow(container).run({ input: { order_id: orders.mixedEur } })
          )
        )
        // What a redelivered event does: the subscriber runs again for an order it has handled.
        await orderPlacedHandler({
          event: { name: OrderWorkflowEvents.PLACED, data: { id: orders.promoUsd } },
          container,
        } as Parameters<typeof orderPlacedHandler>[0])

        expect(await countLedger(container)).toEqual(before)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["producer_groups.id"],
          filters: { id: orders.mixedUsd },
        })
        expect((data[0] as unknown as { producer_groups: unknown[] }).producer_groups).toHaveLength(2)
      })

      it("leaves no entries and no links when a later step fails, and records fully on the next run", async () => {
        const container = getContainer()
        const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
        // Forget the order, as if order.placed had never been handled.
        const recorded = await settlement.listLedgerEntries({ order_id: orders.mixedUsd })
        await settlement.deleteLedgerEntries(recorded.map((entry) => entry.id))
        await container.resolve(ContainerRegistrationKeys.LINK).dismiss(
          [groups.a.groupId, groups.b.groupId].map((groupId) => ({
            [Modules.ORDER]: { order_id: orders.mixedUsd },
            [PRODUCER_MODULE]: { producer_group_id: groupId },
          }))
        )
        const before = await countLedger(container)

        const failing = recordOrderSalesWorkflow(container)
        failing.appendAction("fail-after-links", "create-remote-links", {
          invoke: async () => {
            throw new Error("The step after the links failed")
          },
        })
        // Workflow errors are rethrown serialized, as plain objects with a message.
        await expect(failing.run({ input: { order_id: orders.mixedUsd } })).rejects.toMatchObject({
          message: "The step after the links failed",
        })

        expect(await countLedger(container)).toEqual(before)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const linked = async () =>
          (
            (
              await query.graph({
                entity: "order",
                fields: ["producer_groups.id"],
                filters: { id: orders.mixedUsd },
              })
            ).data[0] as unknown as { producer_groups: unknown[] }
          ).producer_groups
        expect(await linked()).toHaveLength(0)

        await recordOrderSalesWorkflow(container).run({ input: { order_id: orders.mixedUsd } })
        expect(await countLedger(container)).toEqual(before + recorded.length)
        expect(await linked()).toHaveLength(2)
      })
    })

    describe("reversals", () => {
      it("gives back every line's sale and commission when an order is canceled, once", async () => {
        const container = getContainer()
        const before = { a: await ledgerOf("a"), b: await ledgerOf("b") }

        await api.post(`/admin/orders/${orders.promoUsd}/cancel`, {}, market.adminHeaders)
        const reversed = (ledger: Ledger) =>
          ledger.entries.filter(
            (entry) => entry.order_id === orders.promoUsd && entry.type.endsWith("_reversal")
          )
        await market.waitFor(
          async () => [await ledgerOf("a"), await ledgerOf("b")],
          ([a, b]) => reversed(a).length === 2 && reversed(b).length === 2
        )
        const count = await countLedger(container)
        await reverseOrderSalesWorkflow(container).run({ input: { order_id: orders.promoUsd } })
        expect(await countLedger(container)).toEqual(count)

        for (const group of ["a", "b"] as const) {
          const after = await ledgerOf(group)
          const ofOrder = after.entries.filter((entry) => entry.order_id === orders.promoUsd)
          expect(ofOrder.reduce((sum, entry) => sum + entry.amount, 0)).toEqual(0)
          const sale = ofOrder.find((entry) => entry.type === "sale") as Entry
          const commission = ofOrder.find((entry) => entry.type === "commission") as Entry
          expect(ofOrder.find((entry) => entry.type === "sale_reversal")?.amount).toEqual(-sale.amount)
          expect(ofOrder.find((entry) => entry.type === "commission_reversal")?.amount).toEqual(
            -commission.amount
          )
          const usd = (ledger: Ledger) =>
            ledger.balances.find((balance) => balance.currency_code === "usd")?.balance ?? 0
          expect(usd(after)).toEqual(usd(before[group]) - sale.amount - commission.amount)
        }
      })

      it("records the sales it is missing before reversing them, so the story stays whole", async () => {
        const container = getContainer()
        const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
        // As if order.placed had been lost for this order.
        const recorded = await settlement.listLedgerEntries({ order_id: orders.mixedEur })
        await settlement.deleteLedgerEntries(recorded.map((entry) => entry.id))

        await api.post(`/admin/orders/${orders.mixedEur}/cancel`, {}, market.adminHeaders)
        const entries = await market.waitFor(
          () => settlement.listLedgerEntries({ order_id: orders.mixedEur }),
          (found) => found.length === recorded.length * 2
        )
        const amountOf = (type: string) =>
          entries.filter((entry) => entry.type === type).reduce((sum, entry) => sum + entry.amount, 0)
        const recordedSales = recorded.filter((entry) => entry.type === "sale")
        expect(amountOf("sale")).toEqual(recordedSales.reduce((sum, entry) => sum + entry.amount, 0))
        expect(amountOf("sale_reversal")).toEqual(-amountOf("sale"))
        expect(amountOf("commission_reversal")).toEqual(-amountOf("commission"))
      })

      it("gives back the returned share, and exactly all of it once every unit is back", async () => {
        const orderView = (await api.get(`/producer/orders/${orders.kramaEur}`, groups.a.headers)).data.order
        const [line] = orderView.items
        await api.post(
          `/producer/orders/${orders.kramaEur}/handover`,
          { line_item_ids: [line.id] },
          groups.a.headers
        )
        const ofLine = async () =>
          (await ledgerOf("a")).entries.filter((entry) => entry.line_item_id === line.id)

        await market.returnItems(orders.kramaEur, groups.a.stockLocationId, [{ id: line.id, quantity: 3 }])
        const afterThree = await market.waitFor(ofLine, (entries) => entries.length === 4)
        // 3 of 7: 6417 × 3/7 = 2750.14 → 2750; 963 × 3/7 = 412.71 → 413.
        expect(afterThree.map((entry) => [entry.type, entry.quantity, entry.amount]).sort()).toEqual([
          ["commission", 7, -963],
          ["commission_reversal", 3, 413],
          ["sale", 7, 6417],
          ["sale_reversal", 3, -2750],
        ])

        await market.returnItems(orders.kramaEur, groups.a.stockLocationId, [{ id: line.id, quantity: 4 }])
        const afterAll = await market.waitFor(ofLine, (entries) => entries.length === 6)
        expect(afterAll.map((entry) => [entry.type, entry.quantity, entry.amount]).sort()).toEqual([
          ["commission", 7, -963],
          ["commission_reversal", 3, 413],
          ["commission_reversal", 7, 550],
          ["sale", 7, 6417],
          ["sale_reversal", 3, -2750],
          ["sale_reversal", 7, -3667],
        ])
        expect(afterAll.reduce((sum, entry) => sum + entry.amount, 0)).toEqual(0)
        const view = (await api.get(`/producer/orders/${orders.kramaEur}`, groups.a.headers)).data.order
        expect(view.items[0]).toMatchObject({ quantity: 7, returned_quantity: 7, amount: 6417 })

        const container = getContainer()
        const count = await countLedger(container)
        await reverseOrderSalesWorkflow(container).run({ input: { order_id: orders.kramaEur } })
        expect(await countLedger(container)).toEqual(count)
      })
    })

    describe("GET /producer/ledger", () => {
      it("shows a group its own entries only, newest first, paged, with balances over all entries", async () => {
        const titlesOfB = await lineTitles("b")
        const b = await ledgerOf("b")
        expect(b.entries.every((entry) => titlesOfB.has(entry.line_item_id as string))).toBe(true)
        const aLines = await lineTitles("a")
        expect(b.entries.some((entry) => aLines.has(entry.line_item_id as string))).toBe(false)

        const page = await ledgerOf("b", "limit=3&offset=2")
        expect(page.count).toEqual(b.count)
        expect(page.entries.map((entry) => entry.id)).toEqual(b.entries.slice(2, 5).map((entry) => entry.id))
        expect(page.balances).toEqual(b.balances)
        expect(b.count).toEqual(8)
        const newestFirst = [...b.entries].sort(
          (x, y) => y.created_at.localeCompare(x.created_at) || y.id.localeCompare(x.id)
        )
        expect(b.entries).toEqual(newestFirst)
        expect(Object.keys(b.entries[0]).sort()).toEqual([
          "amount",
          "created_at",
          "currency_code",
          "description",
          "id",
          "line_item_id",
          "order_id",
          "payout_id",
          "quantity",
          "rate_bps",
          "type",
        ])
      })

      it("refuses bad query parameters and needs a producer login", async () => {
        const badParams = [
          "limit=0",
          "limit=x",
          "offset=-1",
          "limit=2.5",
          "fields=producer_group_id",
          `producer_group_id=${groups.a.groupId}`,
        ]
        for (const params of badParams) {
          const response = await failure(api.get(`/producer/ledger?${params}`, groups.b.headers))
          expect([params, response.status]).toEqual([params, 400])
        }
        expect((await failure(api.get("/producer/ledger"))).status).toEqual(401)
      })
    })
  },
})
