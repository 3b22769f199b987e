import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { acceptProducerInviteWorkflow } from "../../../src/workflows/producer/workflows/accept-producer-invite"
import { createProducerGroupWorkflow } from "../../../src/workflows/producer/workflows/create-producer-group"
import { createProducerInviteWorkflow } from "../../../src/workflows/producer/workflows/create-producer-invite"
import { createProducerWithLogin } from "../../fixtures/producers"

jest.setTimeout(120_000)

const PASSWORD = "invitee-password-1"
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Accepts an invite, then fails: the acceptance must be undone entirely. */
const failStep = createStep("test-fail-after-accept", async () => {
  throw new Error("Welcome SMS gateway unreachable")
})
const acceptThenFailWorkflow = createWorkflow(
  "test-accept-invite-then-fail",
  (input: Parameters<typeof acceptProducerInviteWorkflow.runAsStep>[0]["input"]) => {
    acceptProducerInviteWorkflow.runAsStep({ input })
    failStep()
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let producers: ProducerModuleService
    let groupId: string

    /** The registration token of a new producer identity, as the invitee gets it. */
    async function register(email: string): Promise<string> {
      const response = await api.post("/auth/producer/emailpass/register", { email, password: PASSWORD })
      return response.data.token
    }

    async function invite(email: string) {
      const { result } = await createProducerInviteWorkflow(container).run({
        input: { group_id: groupId, email },
      })
      return result
    }

    async function accept(token: string, body: unknown) {
      return api.post("/producer/invites/accept", body, bearer(token)).catch((error: any) => error.response)
    }

    async function memberCount(): Promise<number> {
      const [, count] = await producers.listAndCountProducerMembers({})
      return count
    }

    async function identityOf(email: string) {
      const auth = container.resolve(Modules.AUTH)
      const [provider] = await auth.listProviderIdentities(
        { entity_id: email, provider: "emailpass" },
        { relations: ["auth_identity"] }
      )
      return provider.auth_identity!
    }

    beforeAll(async () => {
      container = getContainer()
      producers = container.resolve(PRODUCER_MODULE)
      const { result } = await createProducerGroupWorkflow(container).run({
        input: { handle: "kampong-weavers", name: "Kampong Weavers", province: "takeo", status: "active" },
      })
      groupId = result.group.id
    })

    it("creates an invite with a random token valid for 14 days", async () => {
      const first = await invite("Coordinator@Example.test")
      const second = await invite("other@example.test")
      expect(first.email).toBe("coordinator@example.test")
      expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(first.token).not.toBe(second.token)
      const days = (new Date(first.expires_at).getTime() - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(13.99)
      expect(days).toBeLessThanOrEqual(14)
      expect(first.accepted_at).toBeNull()
    })

    it("refuses to invite into a group that does not exist", async () => {
      const { errors } = await createProducerInviteWorkflow(container).run({
        input: { group_id: "pgrp_missing", email: "x@example.test" },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/was not found/)
      expect(await producers.listProducerInvites({})).toHaveLength(0)
    })

    it("turns an accepted invite into a member who logs in as a producer", async () => {
      const { token } = await invite("sokha@example.test")
      const registration = await register("sokha@example.test")

      const response = await accept(registration, {
        token,
        first_name: "Sokha",
        last_name: "Chan",
        phone: "+855 12 345 678",
      })
      expect(response.status).toBe(200)
      expect(response.data.member).toMatchObject({
        email: "sokha@example.test",
        first_name: "Sokha",
        last_name: "Chan",
        phone: "+855 12 345 678",
        group_id: groupId,
      })
      const memberId = response.data.member.id

      const [stored] = await producers.listProducerInvites({ token })
      expect(stored.accepted_at).not.toBeNull()
      expect((await identityOf("sokha@example.test")).app_metadata).toMatchObject({ producer_id: memberId })

      const login = await api.post("/auth/producer/emailpass", { email: "sokha@example.test", password: PASSWORD })
      const me = await api.get("/producer/me", bearer(login.data.token))
      expect(me.data.member.id).toBe(memberId)
      expect(me.data.group.id).toBe(groupId)
    })

    it("refuses an invite accepted with another email's login", async () => {
      const { token } = await invite("rightful@example.test")
      const registration = await register("someone-else@example.test")

      const response = await accept(registration, { token })
      expect(response.status).toBe(403)
      expect(await memberCount()).toBe(0)
      const [stored] = await producers.listProducerInvites({ token })
      expect(stored.accepted_at).toBeNull()
      expect((await identityOf("someone-else@example.test")).app_metadata ?? {}).not.toHaveProperty("producer_id")
    })

    it("refuses an expired invite", async () => {
      const created = await invite("late@example.test")
      await producers.updateProducerInvites({ id: created.id, expires_at: new Date(Date.now() - 1000) })
      const registration = await register("late@example.test")

      const response = await accept(registration, { token: created.token })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/expired/)
      expect(await memberCount()).toBe(0)
    })

    it("refuses to accept an invite twice", async () => {
      const { token } = await invite("twice@example.test")
      const registration = await register("twice@example.test")
      expect((await accept(registration, { token })).status).toBe(200)

      const again = await accept(registration, { token })
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already accepted/)
      const intruder = await accept(await register("intruder@example.test"), { token })
      expect(intruder.status).toBe(400)
      expect(await memberCount()).toBe(1)
    })

    it("refuses an unknown token", async () => {
      await invite("real@example.test")
      const registration = await register("real@example.test")
      const response = await accept(registration, { token: "not-a-token" })
      expect(response.status).toBe(404)
      expect(await memberCount()).toBe(0)
    })

    it("refuses a login that is already a producer member", async () => {
      const existing = await createProducerWithLogin(container, api, {
        handle: "other-group",
        email: "member@example.test",
      })
      const { token } = await invite("member@example.test")
      const response = await accept(existing.headers.headers.authorization.slice("Bearer ".length), { token })
      expect(response.status).toBe(400)
      expect(await memberCount()).toBe(1)
    })

    it("needs a producer registration token", async () => {
      const { token } = await invite("anon@example.test")
      const anonymous = await api.post("/producer/invites/accept", { token }).catch((error: any) => error.response)
      expect(anonymous.status).toBe(401)
      const customer = await api.post("/auth/customer/emailpass/register", {
        email: "anon@example.test",
        password: PASSWORD,
      })
      expect((await accept(customer.data.token, { token })).status).toBe(401)
      expect(await memberCount()).toBe(0)
    })

    it("undoes the member, the login's link and the acceptance when a later step fails", async () => {
      const { token } = await invite("undone@example.test")
      await register("undone@example.test")
      const identity = await identityOf("undone@example.test")

      const { errors } = await acceptThenFailWorkflow(container).run({
        input: { token, auth_identity_id: identity.id, member: { first_name: "Undone" } },
        throwOnError: false,
      })
      expect(errors[0].error.message).toMatch(/unreachable/)
      expect(await memberCount()).toBe(0)
      const [stored] = await producers.listProducerInvites({ token })
      expect(stored.accepted_at).toBeNull()
      expect((await identityOf("undone@example.test")).app_metadata ?? {}).not.toHaveProperty("producer_id")
    })

    it.each([
      ["an unknown field", { group_id: "pgrp_other" }],
      ["a missing token", { token: undefined }],
      ["a token of the wrong type", { token: 42 }],
      ["an oversized name", { first_name: "x".repeat(101) }],
      ["a malformed phone", { phone: "call me" }],
    ])("refuses %s with 400 and creates nothing", async (_case, change) => {
      const { token } = await invite("careful@example.test")
      const registration = await register("careful@example.test")
      const response = await accept(registration, { token, ...change })
      expect(response.status).toBe(400)
      expect(await memberCount()).toBe(0)
    })

    it("refuses malformed JSON with 400", async () => {
      const registration = await register("json@example.test")
      const response = await api
        .post("/producer/invites/accept", '{"token": "abc"', {
          headers: { authorization: `Bearer ${registration}`, "content-type": "application/json" },
        })
        .catch((error: any) => error.response)
      expect(response.status).toBe(400)
      expect(await memberCount()).toBe(0)
    })
  },
})
