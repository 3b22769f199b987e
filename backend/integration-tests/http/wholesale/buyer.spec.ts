import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WHOLESALE_MODULE } from "../../../src/modules/wholesale"
import type WholesaleModuleService from "../../../src/modules/wholesale/service"
import {
  countRows,
  createWholesaleStore,
  tradeBuyerIds,
  type CustomerLoginType,
  type WholesaleStoreType,
} from "../../fixtures/wholesale"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let wholesale: WholesaleModuleService
    let store: WholesaleStoreType
    let admin: CustomerLoginType
    let companyId: string

    const invite = async (email: string, role: "admin" | "buyer" = "buyer") => {
      const response = await api.post("/store/wholesale/buyers", { email, role }, admin.as)
      expect(response.status).toBe(200)
      return response.data.invite as { id: string; token: string }
    }
    const accept = (token: unknown, as: CustomerLoginType) =>
      api.post("/store/wholesale/invites/accept", { token }, as.as)

    beforeAll(async () => {
      container = getContainer()
      wholesale = container.resolve(WHOLESALE_MODULE)
      store = await createWholesaleStore(container, api)
      ;({ admin, companyId } = await store.registerApplicant("admin@bayon-hotel.test"))
    })

    it("joins the company with the invite's role and sees the company", async () => {
      const { token } = await invite("buyer@bayon-hotel.test")
      const buyer = await store.registerCustomer("buyer@bayon-hotel.test")

      const accepted = await accept(token, buyer)

      expect(accepted.status).toBe(200)
      expect(accepted.data.company).toMatchObject({ id: companyId, status: "applied" })
      expect(accepted.data.buyer).toMatchObject({ role: "buyer" })
      const company = await api.get("/store/wholesale/company", buyer.as)
      expect(company.status).toBe(200)
      expect(company.data.company.id).toBe(companyId)
      expect(company.data.company.outlets).toHaveLength(1)
      expect(company.data.buyer.role).toBe("buyer")
    })

    it("cannot invite, list buyers or manage outlets: 403, and nothing is created", async () => {
      const buyer = await store.registerInvitedBuyer(admin, "plain@bayon-hotel.test")
      const before = await countRows(container, "company_invite")
      const outlets = await countRows(container, "outlet")

      const responses = await Promise.all([
        api.post("/store/wholesale/buyers", { email: "friend@bayon-hotel.test" }, buyer.as),
        api.get("/store/wholesale/buyers", buyer.as),
        api.post(
          "/store/wholesale/outlets",
          { name: "Kiosk", address_1: "1 Road", city: "Siem Reap", province: "siem-reap" },
          buyer.as
        ),
      ])

      expect(responses.map((response) => response.status)).toEqual([403, 403, 403])
      expect(responses[0].data.message).toMatch(/Only an admin of your company/)
      expect(await countRows(container, "company_invite")).toBe(before)
      expect(await countRows(container, "outlet")).toBe(outlets)
    })

    it("as an invited admin, invites in turn", async () => {
      const deputy = await store.registerInvitedBuyer(admin, "deputy@bayon-hotel.test", "admin")
      const response = await api.post("/store/wholesale/buyers", { email: "third@bayon-hotel.test" }, deputy.as)
      expect(response.status).toBe(200)
    })

    it("is refused an invite sent to another email (403)", async () => {
      const { token } = await invite("rightful@bayon-hotel.test")
      const someone = await store.registerCustomer("someone-else@bayon-hotel.test")

      const response = await accept(token, someone)

      expect(response.status).toBe(403)
      expect(await wholesale.listCompanyBuyers({ customer_id: someone.id })).toHaveLength(0)
    })

    it("is refused an expired invite, an accepted one and an unknown token", async () => {
      const expired = await invite("late@bayon-hotel.test")
      await wholesale.updateCompanyInvites({ id: expired.id, expires_at: new Date(Date.now() - 1000) })
      const late = await store.registerCustomer("late@bayon-hotel.test")
      const lateAnswer = await accept(expired.token, late)
      expect(lateAnswer.status).toBe(400)
      expect(lateAnswer.data.message).toMatch(/expired/)

      const once = await invite("once@bayon-hotel.test")
      const first = await store.registerCustomer("once@bayon-hotel.test")
      expect((await accept(once.token, first)).status).toBe(200)
      const again = await accept(once.token, first)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already accepted/)

      expect((await accept("not-a-token", late)).status).toBe(404)
      expect(await wholesale.listCompanyBuyers({ customer_id: late.id })).toHaveLength(0)
    })

    it("becomes a trade buyer on joining an approved company", async () => {
      const { admin: hotelAdmin, companyId: hotelId } = await store.registerApplicant("admin@approved-hotel.test")
      const early = await store.registerInvitedBuyer(hotelAdmin, "early@approved-hotel.test")
      expect(await tradeBuyerIds(container)).toEqual([])

      await wholesale.updateCompanies({ id: hotelId, status: "approved" })
      const late = await store.registerInvitedBuyer(hotelAdmin, "late@approved-hotel.test")

      // Set apart from the operator's approval (operator.spec.ts): only the joining buyer is added.
      expect(await tradeBuyerIds(container)).toEqual([late.id])
      expect(early.id).not.toBe(late.id)
    })

    it.each([
      ["a missing token", {}],
      ["a token of the wrong type", { token: 42 }],
      ["an unknown field", { token: "abc", company_id: "comp_x" }],
    ])("refuses acceptance with %s with 400 and joins nothing", async (_case, body) => {
      const customer = await store.registerCustomer(`careful-${Math.random().toString(36).slice(2)}@bayon-hotel.test`)
      const before = await countRows(container, "company_buyer")
      const response = await api.post("/store/wholesale/invites/accept", body, customer.as)
      expect(response.status).toBe(400)
      expect(await countRows(container, "company_buyer")).toBe(before)
    })
  },
})
