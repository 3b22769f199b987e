import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WHOLESALE_MODULE } from "../../../src/modules/wholesale"
import type WholesaleModuleService from "../../../src/modules/wholesale/service"
import { createWholesaleStore, type CustomerLoginType, type WholesaleStoreType } from "../../fixtures/wholesale"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let wholesale: WholesaleModuleService
    let store: WholesaleStoreType
    let hotel: { admin: CustomerLoginType; companyId: string }
    let shop: { admin: CustomerLoginType; companyId: string }
    let hotelOutletId: string

    beforeAll(async () => {
      container = getContainer()
      wholesale = container.resolve(WHOLESALE_MODULE)
      store = await createWholesaleStore(container, api)
      hotel = await store.registerApplicant("admin@hotel-a.test")
      shop = await store.registerApplicant("admin@shop-b.test", { legal_name: "Psar Chaa Crafts", kind: "shop" })
      const [outlet] = await wholesale.listOutlets({ company_id: hotel.companyId })
      hotelOutletId = outlet.id
    })

    it("sees only its own company, its own buyers", async () => {
      const company = await api.get("/store/wholesale/company", shop.admin.as)
      expect(company.data.company).toMatchObject({ id: shop.companyId, legal_name: "Psar Chaa Crafts" })

      const buyers = await api.get("/store/wholesale/buyers", shop.admin.as)
      expect(buyers.data.buyers.map((buyer: { customer: { email: string } }) => buyer.customer.email)).toEqual([
        "admin@shop-b.test",
      ])
    })

    it("gets 404 for the other company's outlet, and changes nothing", async () => {
      const read = await api.get(`/store/wholesale/outlets/${hotelOutletId}`, shop.admin.as)
      const write = await api.post(`/store/wholesale/outlets/${hotelOutletId}`, { name: "Taken over" }, shop.admin.as)

      expect([read.status, write.status]).toEqual([404, 404])
      const [outlet] = await wholesale.listOutlets({ id: hotelOutletId })
      expect(outlet.name).toBe("Lobby gift shop")
      expect((await api.get(`/store/wholesale/outlets/${hotelOutletId}`, hotel.admin.as)).status).toBe(200)
    })

    it("cannot join the other company while buying for its own, even invited", async () => {
      const invited = await api.post("/store/wholesale/buyers", { email: "admin@shop-b.test" }, hotel.admin.as)
      expect(invited.status).toBe(200)

      const response = await api.post(
        "/store/wholesale/invites/accept",
        { token: invited.data.invite.token },
        shop.admin.as
      )

      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/already buy for a company/)
      const [buyer] = await wholesale.listCompanyBuyers({ customer_id: shop.admin.id })
      expect(buyer.company_id).toBe(shop.companyId)
    })

    it("cannot add an outlet to the other company through the body", async () => {
      const response = await api.post(
        "/store/wholesale/outlets",
        {
          name: "Smuggled",
          address_1: "1 Road",
          city: "Siem Reap",
          province: "siem-reap",
          company_id: hotel.companyId,
        },
        shop.admin.as
      )
      expect(response.status).toBe(400)
      expect(await wholesale.listOutlets({ company_id: hotel.companyId })).toHaveLength(1)
    })
  },
})
