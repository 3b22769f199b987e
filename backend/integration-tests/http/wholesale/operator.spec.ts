import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../src/modules/wholesale"
import type WholesaleModuleService from "../../../src/modules/wholesale/service"
import { approveCompanyWorkflow } from "../../../src/workflows/wholesale/workflows/approve-company"
import { createOperatorHeaders } from "../../fixtures/operator"
import {
  createWholesaleStore,
  tradeBuyerIds,
  type WholesaleStoreType,
} from "../../fixtures/wholesale"

jest.setTimeout(120_000)

/** Approves a company, then fails: the approval must be undone entirely. */
const failStep = createStep("test-fail-after-approve", async () => {
  throw new Error("Welcome mail gateway unreachable")
})
const approveThenFailWorkflow = createWorkflow("test-approve-company-then-fail", (input: { id: string }) => {
  approveCompanyWorkflow.runAsStep({ input })
  failStep()
})

type OperatorType = { headers: Record<string, string>; validateStatus: () => boolean }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let wholesale: WholesaleModuleService
    let store: WholesaleStoreType
    let operator: OperatorType

    const act = (id: string, action: string, body: unknown = {}) =>
      api.post(`/admin/companies/${id}/${action}`, body, operator)
    const statusOf = async (id: string) => (await wholesale.retrieveCompany(id)).status

    beforeAll(async () => {
      container = getContainer()
      wholesale = container.resolve(WHOLESALE_MODULE)
      store = await createWholesaleStore(container, api)
      operator = { ...(await createOperatorHeaders(container, api)), validateStatus: () => true }
    })

    describe("GET /admin/companies", () => {
      it("lists companies, filtered by status and by name or tax number", async () => {
        const riverside = await store.registerApplicant("a@riverside.test")
        const market = await store.registerApplicant("a@market.test", {
          legal_name: "Psar Chaa Handicrafts",
          trading_name: null,
          kind: "shop",
          tax_number: "K009-000000111",
        })
        await act(market.companyId, "approve")

        const all = await api.get("/admin/companies", operator)
        expect(all.status).toBe(200)
        expect(all.data.count).toBe(2)

        const approved = await api.get("/admin/companies?status=approved", operator)
        expect(approved.data.companies.map((company: { id: string }) => company.id)).toEqual([market.companyId])

        const byName = await api.get("/admin/companies?q=riverside", operator)
        expect(byName.data.companies.map((company: { id: string }) => company.id)).toEqual([riverside.companyId])
        const byTax = await api.get("/admin/companies?q=K009", operator)
        expect(byTax.data.companies.map((company: { id: string }) => company.id)).toEqual([market.companyId])
      })

      it.each([
        ["an unknown status", "?status=open"],
        ["an unknown parameter", "?customer_id=cus_1"],
        ["a fractional limit", "?limit=1.5"],
        ["an unknown order", "?order=tax_number"],
      ])("refuses %s with 400", async (_case, search) => {
        expect((await api.get(`/admin/companies${search}`, operator)).status).toBe(400)
      })

      it("is the operator's only: a customer gets 401", async () => {
        const { admin } = await store.registerApplicant("a@nosy.test")
        expect((await api.get("/admin/companies", admin.as)).status).toBe(401)
        expect((await api.get("/admin/companies", store.guest)).status).toBe(401)
      })
    })

    describe("GET /admin/companies/:id", () => {
      it("shows the company with its outlets, buyers and invites, never a token", async () => {
        const { admin, companyId } = await store.registerApplicant("a@detail.test")
        const buyer = await store.registerInvitedBuyer(admin, "b@detail.test")
        await api.post("/store/wholesale/buyers", { email: "pending@detail.test" }, admin.as)

        const response = await api.get(`/admin/companies/${companyId}`, operator)

        expect(response.status).toBe(200)
        const { company } = response.data
        expect(company.outlets).toEqual([expect.objectContaining({ name: "Lobby gift shop" })])
        expect(
          company.buyers.map((row: { customer_id: string; role: string; customer: { email: string } }) => [
            row.customer_id,
            row.role,
            row.customer.email,
          ])
        ).toEqual(
          expect.arrayContaining([
            [admin.id, "admin", "a@detail.test"],
            [buyer.id, "buyer", "b@detail.test"],
          ])
        )
        expect(company.invites).toHaveLength(2)
        expect(JSON.stringify(company)).not.toMatch(/token/)
      })

      it("answers 404 for an unknown company", async () => {
        expect((await api.get("/admin/companies/comp_missing", operator)).status).toBe(404)
      })
    })

    describe("status changes", () => {
      // Each test starts from the suite's first state (the runner restores the database), so
      // each makes its own company: an applicant admin and one invited buyer.
      const applyingCompany = async (domain: string) => {
        const { admin, companyId } = await store.registerApplicant(`a@${domain}`)
        const buyer = await store.registerInvitedBuyer(admin, `b@${domain}`)
        return { admin, buyer, companyId }
      }
      const approvedCompany = async (domain: string) => {
        const company = await applyingCompany(domain)
        expect((await act(company.companyId, "approve")).status).toBe(200)
        return company
      }

      it("approves an application: its buyers become trade buyers", async () => {
        const { admin, buyer, companyId } = await applyingCompany("approve.test")
        expect(await tradeBuyerIds(container)).toEqual([])

        const response = await act(companyId, "approve")

        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({ status: "approved", status_reason: null })
        expect(await tradeBuyerIds(container)).toEqual([admin.id, buyer.id].sort())
      })

      it("refuses to approve an approved company, or to reject it, with 400", async () => {
        const { companyId } = await approvedCompany("twice.test")

        const approveAgain = await act(companyId, "approve")
        const reject = await act(companyId, "reject", { reason: "Too late" })

        expect([approveAgain.status, reject.status]).toEqual([400, 400])
        expect(reject.data.message).toMatch(/approved cannot become rejected/)
        expect(await statusOf(companyId)).toBe("approved")
      })

      it("adds a buyer who joins later to the trade buyers", async () => {
        const { admin } = await approvedCompany("later.test")
        const late = await store.registerInvitedBuyer(admin, "late@later.test")
        expect(await tradeBuyerIds(container)).toContain(late.id)
      })

      it("suspends with a reason: its buyers leave the trade buyers and read why", async () => {
        const { admin, buyer, companyId } = await approvedCompany("suspend.test")
        const other = await approvedCompany("other.test")
        const missing = await act(companyId, "suspend", {})
        expect(missing.status).toBe(400)
        expect(await statusOf(companyId)).toBe("approved")

        const response = await act(companyId, "suspend", { reason: "Invoices overdue" })

        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({ status: "suspended", status_reason: "Invoices overdue" })
        // Only this company's buyers leave.
        expect(await tradeBuyerIds(container)).toEqual([other.admin.id, other.buyer.id].sort())
        const seen = await api.get("/store/wholesale/company", buyer.as)
        expect(seen.data.company).toMatchObject({ status: "suspended", status_reason: "Invoices overdue" })
        // A suspended company takes no new buyers.
        expect((await api.post("/store/wholesale/buyers", { email: "n@suspend.test" }, admin.as)).status).toBe(400)
      })

      it("refuses to suspend a suspended company (400), and approves it again", async () => {
        const { admin, buyer, companyId } = await approvedCompany("again.test")
        expect((await act(companyId, "suspend", { reason: "Invoices overdue" })).status).toBe(200)
        expect((await act(companyId, "suspend", { reason: "Again" })).status).toBe(400)

        const response = await act(companyId, "approve")

        expect(response.status).toBe(200)
        expect(response.data.company).toMatchObject({ status: "approved", status_reason: null })
        expect(await tradeBuyerIds(container)).toEqual([admin.id, buyer.id].sort())
      })

      it("rejects an application with a reason; a rejected company cannot be approved or suspended", async () => {
        const applicant = await store.registerApplicant("a@rejected.test")
        expect((await act(applicant.companyId, "reject", { reason: "x" })).status).toBe(400)

        const rejected = await act(applicant.companyId, "reject", { reason: "No tax registration" })
        expect(rejected.status).toBe(200)
        expect(rejected.data.company).toMatchObject({ status: "rejected", status_reason: "No tax registration" })

        const approve = await act(applicant.companyId, "approve")
        const suspend = await act(applicant.companyId, "suspend", { reason: "Whatever" })
        expect([approve.status, suspend.status]).toEqual([400, 400])
        expect(await statusOf(applicant.companyId)).toBe("rejected")
        expect(await tradeBuyerIds(container)).toEqual([])
      })

      it("undoes the approval and the trade buyers group when a later step fails", async () => {
        const { companyId } = await applyingCompany("undone.test")

        const { errors } = await approveThenFailWorkflow(container).run({
          input: { id: companyId },
          throwOnError: false,
        })

        expect(errors[0].error.message).toMatch(/unreachable/)
        expect(await statusOf(companyId)).toBe("applied")
        expect(await tradeBuyerIds(container)).toEqual([])
      })

      it("answers 404 for an unknown company and 400 for a body on approve", async () => {
        const { companyId } = await applyingCompany("unknown.test")
        expect((await act("comp_missing", "approve")).status).toBe(404)
        expect((await act("comp_missing", "suspend", { reason: "Because" })).status).toBe(404)
        expect((await act(companyId, "approve", { status: "approved" })).status).toBe(400)
        expect(await statusOf(companyId)).toBe("applied")
      })
    })

    describe("POST /admin/companies/:id", () => {
      it("sets payment terms, credit limit and currency, and puts them back to pay at checkout", async () => {
        const { admin, companyId } = await store.registerApplicant("a@terms.test")

        const set = await api.post(
          `/admin/companies/${companyId}`,
          { payment_terms_days: 30, credit_limit: 500_000, currency_code: "usd" },
          operator
        )
        expect(set.status).toBe(200)
        expect(set.data.company).toMatchObject({ payment_terms_days: 30, credit_limit: 500_000, currency_code: "usd" })
        const seen = await api.get("/store/wholesale/company", admin.as)
        expect(seen.data.company).toMatchObject({ payment_terms_days: 30, credit_limit: 500_000 })

        const cleared = await api.post(`/admin/companies/${companyId}`, { payment_terms_days: null }, operator)
        expect(cleared.data.company).toMatchObject({ payment_terms_days: null, credit_limit: 500_000 })
      })

      it.each([
        ["no change at all", {}],
        ["fractional terms", { payment_terms_days: 30.5 }],
        ["zero days", { payment_terms_days: 0 }],
        ["terms of a year", { payment_terms_days: 365 }],
        ["a negative limit", { credit_limit: -1 }],
        ["a fractional limit", { credit_limit: 10.5 }],
        ["a limit given as text", { credit_limit: "1000" }],
        ["an upper-case currency", { currency_code: "USD" }],
        ["a status", { status: "approved" }],
      ])("refuses %s with 400 and changes nothing", async (_case, body) => {
        const { companyId } = await store.registerApplicant(`a-${Math.random().toString(36).slice(2)}@terms.test`)
        const before = await wholesale.retrieveCompany(companyId)

        const response = await api.post(`/admin/companies/${companyId}`, body, operator)

        expect(response.status).toBe(400)
        expect(await wholesale.retrieveCompany(companyId)).toEqual(before)
      })

      it("answers 404 for an unknown company", async () => {
        expect((await api.post("/admin/companies/comp_missing", { credit_limit: 1 }, operator)).status).toBe(404)
      })
    })
  },
})
