import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../src/modules/settlement"
import type SettlementModuleService from "../../../src/modules/settlement/service"
import { approveProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/approve-producer-group"
import { createProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/create-producer-group"
import { retireMakerWorkflow } from "../../../src/workflows/producer/workflows/retire-maker"
import { suspendProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/suspend-producer-group"
import { recordPayoutWorkflow } from "../../../src/workflows/settlement/workflows/record-payout"
import { createGroupMaker, createStoreHeaders, type HeadersType } from "../producers/fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: HeadersType

    beforeAll(async () => {
      store = await createStoreHeaders(getContainer())
    })

    const impact = async () => (await api.get("/store/impact", store)).data.impact

    describe("GET /store/impact's cache", () => {
      it("answers a repeated request without aggregating again, and afresh after each change it shows", async () => {
        const container = getContainer()
        const { result } = await createProducerGroupWorkflow(container).run({
          input: { handle: "kampot-pottery", name: "Kampot pottery", province: "kampot", status: "active", story: "Clay." },
        })
        const groupId = result.group.id
        const first = await createGroupMaker(container, groupId, { first_name: "Sokha", crafts: ["pottery"], gender: "female" })
        await createGroupMaker(container, groupId, { first_name: "Rith", crafts: ["pottery"], gender: "male" })
        const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
        // The statements that read the figures' tables, through the app's PostgreSQL connection.
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const statements: string[] = []
        const onQuery = (query: { sql: string }) => {
          if (/\b(ledger_entry|payout|maker|producer_group)\b/.test(query.sql)) statements.push(query.sql)
        }
        pg.on("query", onQuery)

        expect(await impact()).toMatchObject({ producer_groups: 1, artisans: 2, sales_to_date: [], paid_to_producers: [] })
        expect(statements.length).toBeGreaterThan(0)

        // Written behind the app's back (no workflow): a cached answer does not see it.
        await settlement.createLedgerEntries([
          { producer_group_id: groupId, type: "sale", amount: 2_000, currency_code: "usd", idempotency_key: "direct" },
        ])
        statements.length = 0
        expect(await impact()).toMatchObject({ artisans: 2, sales_to_date: [] })
        expect(statements).toEqual([])

        await recordPayoutWorkflow(container).run({
          input: { producer_group_id: groupId, amount: 500, currency_code: "usd", method: "aba" },
        })
        expect(await impact()).toMatchObject({
          sales_to_date: [{ currency_code: "usd", amount: 2_000 }],
          paid_to_producers: [{ currency_code: "usd", amount: 500 }],
        })

        await retireMakerWorkflow(container).run({ input: { group_id: groupId, id: first.makerId } })
        expect(await impact()).toMatchObject({ producer_groups: 1, artisans: 1 })

        await suspendProducerGroupWorkflow(container).run({ input: { id: groupId, reason: "Review" } })
        expect(await impact()).toMatchObject({ producer_groups: 0, provinces: 0, artisans: 0 })

        await approveProducerGroupWorkflow(container).run({ input: { id: groupId } })
        expect(await impact()).toMatchObject({ producer_groups: 1, provinces: 1, artisans: 1 })
        pg.off("query", onQuery)
      })
    })
  },
})
