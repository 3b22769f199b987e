import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../src/modules/wholesale"
import type WholesaleModuleService from "../../../src/modules/wholesale/service"
import {
  applyForWholesaleWorkflow,
  type ApplyForWholesaleWorkflowInput,
} from "../../../src/workflows/wholesale/workflows/apply-for-wholesale"
import {
  applicationBody,
  countRows,
  createWholesaleStore,
  type AsType,
  type WholesaleStoreType,
} from "../../fixtures/wholesale"

jest.setTimeout(120_000)

/** Applies, then fails: the company, its outlet and its admin buyer must all be undone. */
const failStep = createStep("test-fail-after-apply", async () => {
  throw new Error("Notification gateway unreachable")
})
const applyThenFailWorkflow = createWorkflow(
  "test-apply-for-wholesale-then-fail",
  (input: ApplyForWholesaleWorkflowInput) => {
    applyForWholesaleWorkflow.runAsStep({ input })
    failStep()
  }
)

const withKey = (as: AsType, key: string): AsType => ({
  ...as,
  headers: { ...as.headers, "Idempotency-Key": key },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let wholesale: WholesaleModuleService
    let store: WholesaleStoreType

    const rowsOfApplication = async () => ({
      companies: await countRows(container, "company"),
      outlets: await countRows(container, "outlet"),
      buyers: await countRows(container, "company_buyer"),
    })

    beforeAll(async () => {
      container = getContainer()
      wholesale = container.resolve(WHOLESALE_MODULE)
      store = await createWholesaleStore(container, api)
    })

    describe("POST /store/wholesale/applications", () => {
      it("creates an applying company with its first outlet, the applicant as its admin buyer", async () => {
        const customer = await store.registerCustomer("manager@angkor-riverside.test")

        const response = await api.post("/store/wholesale/applications", applicationBody(), customer.as)

        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({
          legal_name: "Angkor Riverside Hotel Co., Ltd.",
          trading_name: "Angkor Riverside",
          kind: "hotel",
          tax_number: "K001-901234567",
          contact_email: "purchasing@angkor-riverside.test",
          status: "applied",
          status_reason: null,
          payment_terms_days: null,
          credit_limit: 0,
          currency_code: "usd",
          outlets: [
            expect.objectContaining({ name: "Lobby gift shop", city: "Siem Reap", province: "siem-reap" }),
          ],
        })
        expect(response.data.buyer).toMatchObject({ role: "admin" })
        const [buyer] = await wholesale.listCompanyBuyers({ company_id: response.data.company.id })
        expect(buyer).toMatchObject({ customer_id: customer.id, role: "admin", id: response.data.buyer.id })

        const company = await api.get("/store/wholesale/company", customer.as)
        expect(company.status).toBe(200)
        expect(company.data).toEqual(response.data)
      })

      it("refuses a second application of the same customer with 400, creating nothing", async () => {
        const { admin } = await store.registerApplicant("twice@hotel.test")
        const before = await rowsOfApplication()

        const again = await api.post(
          "/store/wholesale/applications",
          applicationBody({ legal_name: "Second Hotel" }),
          admin.as
        )

        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already buy for a company/)
        expect(await rowsOfApplication()).toEqual(before)
      })

      it("makes one company of simultaneous applications by one customer; the others get a 4xx", async () => {
        const customer = await store.registerCustomer("hasty@hotel.test")
        const before = await rowsOfApplication()

        const answers = await Promise.all(
          Array.from({ length: 4 }, () => api.post("/store/wholesale/applications", applicationBody(), customer.as))
        )

        const statuses = answers.map((answer) => answer.status)
        expect(statuses.filter((status) => status === 200)).toHaveLength(1)
        for (const status of statuses.filter((status) => status !== 200)) {
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
        }
        expect(await rowsOfApplication()).toEqual({
          companies: before.companies + 1,
          outlets: before.outlets + 1,
          buyers: before.buyers + 1,
        })
      })

      it("answers a retry with the same Idempotency-Key the first answer, and makes one company", async () => {
        const customer = await store.registerCustomer("retry@hotel.test")
        const before = await rowsOfApplication()

        const first = await api.post("/store/wholesale/applications", applicationBody(), withKey(customer.as, "apply-1"))
        const retry = await api.post("/store/wholesale/applications", applicationBody(), withKey(customer.as, "apply-1"))

        expect(first.status).toBe(200)
        expect(retry.status).toBe(200)
        expect(retry.headers["idempotent-replayed"]).toBe("true")
        expect(retry.data).toEqual(first.data)
        expect((await rowsOfApplication()).companies).toBe(before.companies + 1)

        const changed = await api.post(
          "/store/wholesale/applications",
          applicationBody({ legal_name: "Another name" }),
          withKey(customer.as, "apply-1")
        )
        expect(changed.status).toBe(422)
        expect(changed.data.message).toMatch(/different body/)
        expect((await rowsOfApplication()).companies).toBe(before.companies + 1)
      })

      it("undoes the company, its outlet and its buyer when a later step fails", async () => {
        const customer = await store.registerCustomer("undone@hotel.test")
        const before = await rowsOfApplication()

        const { errors } = await applyThenFailWorkflow(container).run({
          input: { ...(applicationBody() as ApplyForWholesaleWorkflowInput), customer_id: customer.id },
          throwOnError: false,
        })

        expect(errors[0].error.message).toMatch(/unreachable/)
        expect(await rowsOfApplication()).toEqual(before)
        expect((await api.post("/store/wholesale/applications", applicationBody(), customer.as)).status).toBe(200)
      })

      it.each([
        ["an unknown field", { status: "approved" }],
        ["a customer id in the body", { customer_id: "cus_someone" }],
        ["terms in the body", { payment_terms_days: 30 }],
        ["an unknown kind", { kind: "restaurant" }],
        ["a missing legal name", { legal_name: undefined }],
        ["an empty legal name", { legal_name: "  " }],
        ["a malformed email", { contact_email: "not-an-email" }],
        ["a malformed phone", { contact_phone: "call me" }],
        ["a malformed tax number", { tax_number: "??" }],
        ["a missing outlet", { outlet: undefined }],
        ["an unknown province", { outlet: { ...applicationBody().outlet, province: "atlantis" } }],
        ["an unknown outlet field", { outlet: { ...applicationBody().outlet, company_id: "comp_x" } }],
      ])("refuses %s with 400 and creates nothing", async (_case, change) => {
        const customer = await store.registerCustomer(`bad-${Math.random().toString(36).slice(2)}@hotel.test`)
        const before = await rowsOfApplication()

        const response = await api.post("/store/wholesale/applications", applicationBody(change), customer.as)

        expect(response.status).toBe(400)
        expect(await rowsOfApplication()).toEqual(before)
        expect((await api.get("/store/wholesale/company", customer.as)).status).toBe(404)
      })
    })

    describe("buyers", () => {
      it("invites a buyer by email and role, and lists the company's buyers", async () => {
        const { admin, companyId } = await store.registerApplicant("admin@lists.test")

        const invited = await api.post("/store/wholesale/buyers", { email: "Colleague@Lists.test" }, admin.as)

        expect(invited.status).toBe(200)
        expect(invited.data.invite).toMatchObject({ email: "colleague@lists.test", role: "buyer", company_id: companyId })
        expect(invited.data.invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
        const [stored] = await wholesale.listCompanyInvites({ id: invited.data.invite.id })
        expect(stored.token_hash).not.toContain(invited.data.invite.token)

        const colleague = await store.registerCustomer("colleague@lists.test")
        const accepted = await api.post(
          "/store/wholesale/invites/accept",
          { token: invited.data.invite.token },
          colleague.as
        )
        expect(accepted.status).toBe(200)

        const listed = await api.get("/store/wholesale/buyers", admin.as)
        expect(listed.status).toBe(200)
        expect(listed.data.count).toBe(2)
        expect(listed.data.buyers).toEqual([
          expect.objectContaining({ role: "admin", customer: expect.objectContaining({ email: "admin@lists.test" }) }),
          expect.objectContaining({ role: "buyer", customer: expect.objectContaining({ email: "colleague@lists.test" }) }),
        ])
      })

      it("refuses to invite someone who already buys for the company", async () => {
        const { admin } = await store.registerApplicant("admin@again.test")
        const response = await api.post("/store/wholesale/buyers", { email: "ADMIN@again.test" }, admin.as)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/already buys for your company/)
      })

      it.each([
        ["a malformed email", { email: "nope" }],
        ["an unknown role", { email: "x@y.test", role: "owner" }],
        ["a company id in the body", { email: "x@y.test", company_id: "comp_other" }],
      ])("refuses an invite with %s with 400, creating nothing", async (_case, body) => {
        const { admin } = await store.registerApplicant(`inviter-${Math.random().toString(36).slice(2)}@hotel.test`)
        const before = await countRows(container, "company_invite")
        const response = await api.post("/store/wholesale/buyers", body, admin.as)
        expect(response.status).toBe(400)
        expect(await countRows(container, "company_invite")).toBe(before)
      })

      it("lets no one invite for a rejected company", async () => {
        const { admin, companyId } = await store.registerApplicant("admin@rejected.test")
        await wholesale.updateCompanies({ id: companyId, status: "rejected", status_reason: "No tax registration" })

        const response = await api.post("/store/wholesale/buyers", { email: "x@rejected.test" }, admin.as)

        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/rejected/)
        const company = await api.get("/store/wholesale/company", admin.as)
        expect(company.data.company).toMatchObject({ status: "rejected", status_reason: "No tax registration" })
      })
    })

    describe("outlets", () => {
      it("adds and changes the company's outlets", async () => {
        const { admin } = await store.registerApplicant("admin@outlets.test")
        const created = await api.post(
          "/store/wholesale/outlets",
          { name: "Pool bar shop", address_1: "12 Sivatha Road", city: "Siem Reap", province: "siem-reap" },
          admin.as
        )
        expect(created.status).toBe(200)
        expect(created.data.outlet).toMatchObject({ name: "Pool bar shop", address_2: null })

        const changed = await api.post(
          `/store/wholesale/outlets/${created.data.outlet.id}`,
          { name: "Spa boutique", phone: "+855 63 999 000" },
          admin.as
        )
        expect(changed.status).toBe(200)
        expect(changed.data.outlet).toMatchObject({ name: "Spa boutique", phone: "+855 63 999 000", city: "Siem Reap" })

        const company = await api.get("/store/wholesale/company", admin.as)
        expect(company.data.company.outlets.map((outlet: { name: string }) => outlet.name).sort()).toEqual([
          "Lobby gift shop",
          "Spa boutique",
        ])
      })

      it("refuses bad outlet input with 400 and changes nothing", async () => {
        const { admin } = await store.registerApplicant("admin@bad-outlets.test")
        const company = await api.get("/store/wholesale/company", admin.as)
        const [outlet] = company.data.company.outlets
        const before = await countRows(container, "outlet")

        const responses = await Promise.all([
          api.post("/store/wholesale/outlets", { name: "No address" }, admin.as),
          api.post(`/store/wholesale/outlets/${outlet.id}`, {}, admin.as),
          api.post(`/store/wholesale/outlets/${outlet.id}`, { province: "atlantis" }, admin.as),
          api.post(`/store/wholesale/outlets/${outlet.id}`, { company_id: "comp_other" }, admin.as),
        ])

        expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400])
        expect(await countRows(container, "outlet")).toBe(before)
        expect((await api.get("/store/wholesale/company", admin.as)).data.company.outlets).toEqual([outlet])
      })

      it("answers 404 for an outlet that does not exist", async () => {
        const { admin } = await store.registerApplicant("admin@missing-outlet.test")
        const response = await api.post("/store/wholesale/outlets/outl_missing", { name: "X" }, admin.as)
        expect(response.status).toBe(404)
      })
    })
  },
})
