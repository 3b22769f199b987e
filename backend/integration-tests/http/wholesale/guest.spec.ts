import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  applicationBody,
  countRows,
  createWholesaleStore,
  type CustomerLoginType,
  type WholesaleStoreType,
} from "../../fixtures/wholesale"

jest.setTimeout(120_000)

const OUTLET = { name: "Kiosk", address_1: "1 Road", city: "Siem Reap", province: "siem-reap" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: WholesaleStoreType
    let admin: CustomerLoginType
    let outletId: string
    let token: string

    beforeAll(async () => {
      container = getContainer()
      store = await createWholesaleStore(container, api)
      ;({ admin } = await store.registerApplicant("admin@guest-suite.test"))
      outletId = (await api.get("/store/wholesale/company", admin.as)).data.company.outlets[0].id
      token = (await api.post("/store/wholesale/buyers", { email: "guest@guest-suite.test" }, admin.as)).data.invite.token
    })

    const routes = () => [
      ["post", "/store/wholesale/applications", applicationBody()],
      ["get", "/store/wholesale/company"],
      ["get", "/store/wholesale/buyers"],
      ["post", "/store/wholesale/buyers", { email: "x@guest-suite.test" }],
      ["post", "/store/wholesale/invites/accept", { token }],
      ["post", "/store/wholesale/outlets", OUTLET],
      ["get", `/store/wholesale/outlets/${outletId}`],
      ["post", `/store/wholesale/outlets/${outletId}`, { name: "Taken" }],
    ] as const

    it("gets 401 from every wholesale route as a guest, and nothing changes", async () => {
      const before = {
        companies: await countRows(container, "company"),
        buyers: await countRows(container, "company_buyer"),
        invites: await countRows(container, "company_invite"),
        outlets: await countRows(container, "outlet"),
      }
      for (const [method, path, body] of routes()) {
        const response =
          method === "get" ? await api.get(path, store.guest) : await api.post(path, body, store.guest)
        expect([method, path, response.status]).toEqual([method, path, 401])
      }
      expect({
        companies: await countRows(container, "company"),
        buyers: await countRows(container, "company_buyer"),
        invites: await countRows(container, "company_invite"),
        outlets: await countRows(container, "outlet"),
      }).toEqual(before)
    })

    it("as a customer without a company, gets 404 from the company's routes", async () => {
      const customer = await store.registerCustomer("retail@guest-suite.test")
      const company = await api.get("/store/wholesale/company", customer.as)
      expect(company.status).toBe(404)
      expect(company.data.message).toMatch(/do not buy for a company/)
      expect((await api.get("/store/wholesale/buyers", customer.as)).status).toBe(404)
      expect((await api.post("/store/wholesale/buyers", { email: "x@guest-suite.test" }, customer.as)).status).toBe(404)
      expect((await api.post("/store/wholesale/outlets", OUTLET, customer.as)).status).toBe(404)
      expect((await api.get(`/store/wholesale/outlets/${outletId}`, customer.as)).status).toBe(404)
    })
  },
})
