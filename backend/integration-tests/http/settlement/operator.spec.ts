import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SETTLEMENT_MODULE } from "../../../src/modules/settlement"
import type SettlementModuleService from "../../../src/modules/settlement/service"
import { recordPayoutWorkflow } from "../../../src/workflows/settlement/workflows/record-payout"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import { createMarketplace, type MarketplaceType } from "../orders/marketplace"

jest.setTimeout(300_000)

type Balance = { currency_code: string; balance: number }
type Entry = {
  id: string
  type: string
  amount: number
  currency_code: string
  payout_id: string | null
}

/** Every payout and ledger entry, to prove a refused request wrote nothing. */
async function settlementState(container: MedusaContainer) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const payouts = await settlement.listPayouts({}, { select: ["id", "amount"] })
  const entries = await settlement.listLedgerEntries({}, { select: ["id", "amount"] })
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)
  return { payouts: payouts.sort(byId), entries: entries.sort(byId) }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: MarketplaceType
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    const payoutsUrl = () => `/admin/producers/${groupA.groupId}/payouts`

    const failure = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("Expected the request to fail")
        },
        (error) => error.response as { status: number; data: { message: string } }
      )
    const balancesOf = async (groupId: string): Promise<Balance[]> =>
      (await api.get(`/admin/producers/${groupId}/ledger`, market.adminHeaders)).data.balances
    const pay = (body: Record<string, unknown>) => api.post(payoutsUrl(), body, market.adminHeaders)

    beforeAll(async () => {
      const container = getContainer()
      market = await createMarketplace(container, api)
      groupA = await createProducerWithLogin(container, api, {
        handle: "silver-a",
        email: "silver@a.test",
        commissionRateBps: 1500,
      })
      groupB = await createProducerWithLogin(container, api, {
        handle: "wood-b",
        email: "wood@b.test",
        commissionRateBps: 1000,
      })
      const bowl = await market.createGroupProduct({
        groupId: groupA.groupId,
        stockLocationId: groupA.stockLocationId,
        title: "Silver bowl",
        prices: { usd: 4500, eur: 1100 },
      })
      const carving = await market.createGroupProduct({
        groupId: groupB.groupId,
        stockLocationId: groupB.stockLocationId,
        title: "Wood carving",
        prices: { usd: 3000, eur: 2800 },
      })
      await market.placeOrder({
        currency: "usd",
        items: [
          { variantId: bowl.variantId, quantity: 2 },
          { variantId: carving.variantId, quantity: 1 },
        ],
      })
      await market.placeOrder({ currency: "eur", items: [{ variantId: bowl.variantId, quantity: 3 }] })
      await market.waitFor(
        () => balancesOf(groupA.groupId),
        (balances) => balances.length === 2
      )
    })

    it("starts from exact balances: sales less commission, per currency", async () => {
      // usd: 2 × $45.00 = 9000, less 15% = 1350. eur: 3 × €11.00 incl. 20% VAT = 2750, less 412.5 → 413.
      expect(await balancesOf(groupA.groupId)).toEqual([
        { currency_code: "eur", balance: 2337 },
        { currency_code: "usd", balance: 7650 },
      ])
      expect(await balancesOf(groupB.groupId)).toEqual([{ currency_code: "usd", balance: 2700 }])
    })

    it("records payouts against the ledger, exact to the cent, down to zero and no further", async () => {
      const first = await pay({
        amount: 5000,
        currency_code: "USD",
        method: "aba",
        reference: "ABA-2026-001",
        note: "March sales",
        paid_at: "2026-03-31T10:00:00.000Z",
      })
      expect(first.data.payout).toMatchObject({
        producer_group_id: groupA.groupId,
        amount: 5000,
        currency_code: "usd",
        method: "aba",
        reference: "ABA-2026-001",
        note: "March sales",
        recorded_by: expect.stringMatching(/^user_/),
      })
      expect(new Date(first.data.payout.paid_at).toISOString()).toEqual("2026-03-31T10:00:00.000Z")
      expect(first.data.balances).toEqual([
        { currency_code: "eur", balance: 2337 },
        { currency_code: "usd", balance: 2650 },
      ])

      const rest = await pay({ amount: 2650, currency_code: "usd", method: "bank_transfer" })
      expect(rest.data.balances).toContainEqual({ currency_code: "usd", balance: 0 })
      const overdrawn = await failure(pay({ amount: 1, currency_code: "usd", method: "cash" }))
      expect(overdrawn.status).toEqual(400)

      const ledger = (await api.get(`/admin/producers/${groupA.groupId}/ledger`, market.adminHeaders)).data
      const payoutEntries = (ledger.entries as Entry[]).filter((entry) => entry.type === "payout")
      expect(payoutEntries.map((entry) => [entry.amount, entry.currency_code, entry.payout_id]).sort()).toEqual(
        [
          [-5000, "usd", first.data.payout.id],
          [-2650, "usd", rest.data.payout.id],
        ].sort()
      )
      const listed = (await api.get(payoutsUrl(), market.adminHeaders)).data
      expect(listed.count).toEqual(2)
      expect(listed.payouts.map((payout: { id: string }) => payout.id)).toEqual([
        rest.data.payout.id,
        first.data.payout.id,
      ])

      // The group sees the same payouts on its own ledger; the other group sees none of them.
      const own = (await api.get("/producer/ledger", groupA.headers)).data
      expect(own.balances).toEqual(ledger.balances)
      expect((own.entries as Entry[]).filter((entry) => entry.type === "payout")).toHaveLength(2)
      const other = (await api.get("/producer/ledger", groupB.headers)).data
      expect((other.entries as Entry[]).some((entry) => entry.type === "payout")).toBe(false)
      expect(other.balances).toEqual([{ currency_code: "usd", balance: 2700 }])
    })

    it("refuses a payout beyond the balance, or in a currency the group is owed nothing in", async () => {
      const container = getContainer()
      const before = await settlementState(container)

      for (const body of [
        { amount: 7651, currency_code: "usd", method: "wing" },
        { amount: 2338, currency_code: "eur", method: "khqr" },
        { amount: 100, currency_code: "khr", method: "cash" },
      ]) {
        const response = await failure(pay(body))
        expect([body, response.status]).toEqual([body, 400])
        expect(response.data.message).toContain("exceeds")
      }
      expect(await settlementState(container)).toEqual(before)
    })

    it("pays out once when two payouts race for the same balance", async () => {
      const results = await Promise.allSettled([
        pay({ amount: 5000, currency_code: "usd", method: "aba" }),
        pay({ amount: 5000, currency_code: "usd", method: "wing" }),
      ])
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"])
      expect(await balancesOf(groupA.groupId)).toContainEqual({ currency_code: "usd", balance: 2650 })
    })

    it("refuses bad bodies and changes nothing", async () => {
      const container = getContainer()
      const before = await settlementState(container)
      const valid = { amount: 100, currency_code: "usd", method: "aba" }
      const badBodies: Record<string, unknown>[] = [
        {},
        { ...valid, amount: -100 },
        { ...valid, amount: 0 },
        { ...valid, amount: 10.5 },
        { ...valid, amount: "100" },
        { ...valid, amount: 2_147_483_648 },
        { currency_code: "usd", method: "aba" },
        { amount: 100, method: "aba" },
        { amount: 100, currency_code: "usd" },
        { ...valid, currency_code: "dollars" },
        { ...valid, currency_code: 840 },
        { ...valid, method: "paypal" },
        { ...valid, reference: "" },
        { ...valid, reference: "R".repeat(201) },
        { ...valid, note: "N".repeat(2001) },
        { ...valid, paid_at: "yesterday" },
        { ...valid, paid_at: new Date(Date.now() + 86_400_000).toISOString() },
        { ...valid, producer_group_id: groupB.groupId },
        { ...valid, recorded_by: "someone" },
      ]
      for (const body of badBodies) {
        const response = await failure(pay(body))
        expect([body, response.status]).toEqual([body, 400])
      }
      const malformed = await failure(
        api.post(payoutsUrl(), '{"amount": 100,', {
          headers: { ...market.adminHeaders.headers, "content-type": "application/json" },
        })
      )
      expect(malformed.status).toEqual(400)
      for (const params of ["limit=0", "limit=x", "offset=-1", "fields=*", "currency_code=usd"]) {
        for (const path of ["payouts", "ledger"]) {
          const url = `/admin/producers/${groupA.groupId}/${path}?${params}`
          const response = await failure(api.get(url, market.adminHeaders))
          expect([url, response.status]).toEqual([url, 400])
        }
      }
      expect(await settlementState(container)).toEqual(before)
    })

    it("answers 404 for an unknown group and 401 without an operator login", async () => {
      const container = getContainer()
      const before = await settlementState(container)
      const unknown = "/admin/producers/pgrp_unknown"
      const body = { amount: 1, currency_code: "usd", method: "aba" }
      const statusOf = async (request: Promise<unknown>) => (await failure(request)).status

      expect(await statusOf(api.post(`${unknown}/payouts`, body, market.adminHeaders))).toEqual(404)
      expect(await statusOf(api.get(`${unknown}/payouts`, market.adminHeaders))).toEqual(404)
      expect(await statusOf(api.get(`${unknown}/ledger`, market.adminHeaders))).toEqual(404)
      for (const headers of [{}, groupA.headers]) {
        expect(await statusOf(api.post(payoutsUrl(), body, headers))).toEqual(401)
        expect(await statusOf(api.get(payoutsUrl(), headers))).toEqual(401)
        expect(await statusOf(api.get(`/admin/producers/${groupA.groupId}/ledger`, headers))).toEqual(401)
      }
      expect(await settlementState(container)).toEqual(before)
    })

    it("leaves no payout when its ledger entry cannot be written", async () => {
      const container = getContainer()
      const before = await settlementState(container)

      const failing = recordPayoutWorkflow(container)
      failing.replaceAction("record-ledger-entries", "record-ledger-entries", {
        invoke: async () => {
          throw new Error("The ledger is unavailable")
        },
      })
      // Workflow errors are rethrown serialized, as plain objects with a message.
      await expect(
        failing.run({
          input: { producer_group_id: groupA.groupId, amount: 1000, currency_code: "usd", method: "cash" },
        })
      ).rejects.toMatchObject({ message: "The ledger is unavailable" })
      expect(await settlementState(container)).toEqual(before)

      // The group's payout lock was released: the next payout goes through.
      const { result } = await recordPayoutWorkflow(container).run({
        input: { producer_group_id: groupA.groupId, amount: 1000, currency_code: "usd", method: "cash" },
      })
      expect(result.amount).toEqual(1000)
      expect(await balancesOf(groupA.groupId)).toContainEqual({ currency_code: "usd", balance: 6650 })
    })
  },
})
