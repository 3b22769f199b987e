import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"

jest.setTimeout(300_000)

const PASSWORD = "right-password-1"
const ACTORS = ["customer", "producer", "user"] as const
/** Every test uses its own emails: the failure counts live in the cache, which outlives a test. */
const EMAILS = [
  "locked-customer@example.com",
  "locked-producer@example.com",
  "locked-user@example.com",
  "regular@example.com",
  "neighbour@example.com",
  "burst@example.com",
  "travelling@example.com",
  "forging@example.com",
]

/** Another client on this machine: the loopback network's 127.0.0.2 (TRUSTED_PROXIES is unset). */
const elsewhere = new http.Agent({ localAddress: "127.0.0.2" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const login = (
      actor: string,
      email: string,
      password: string,
      options: { headers?: Record<string, string>; httpAgent?: http.Agent } = {}
    ) => api.post(`/auth/${actor}/emailpass`, { email, password }, { ...options, validateStatus: () => true })

    beforeAll(async () => {
      const auth = getContainer().resolve(Modules.AUTH)
      for (const email of EMAILS) {
        const registered = await auth.register("emailpass", { body: { email, password: PASSWORD } })
        if (!registered.success) {
          throw new Error(`Could not register ${email}: ${registered.error}`)
        }
      }
    })

    it.each(ACTORS)("answers 429 to the 11th failed %s login in a minute, even with the right password", async (actor) => {
      const email = `locked-${actor}@example.com`
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await login(actor, email, "wrong-password")).status).toEqual(401)
      }
      const refused = await login(actor, email, "wrong-password")
      expect(refused.status).toEqual(429)
      expect(refused.data.message).toMatch(/too many failed logins/i)
      const retryAfter = Number(refused.headers["retry-after"])
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect((await login(actor, email, PASSWORD)).status).toEqual(429)
    })

    it("never counts or slows successful logins", async () => {
      for (let attempt = 1; attempt <= 25; attempt++) {
        const response = await login("customer", "regular@example.com", PASSWORD)
        expect(response.status).toEqual(200)
        expect(response.data.token).toEqual(expect.any(String))
      }
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await login("customer", "regular@example.com", "wrong-password")).status).toEqual(401)
      }
      expect((await login("customer", "regular@example.com", "wrong-password")).status).toEqual(429)
    })

    it("counts per email, per kind of login and per client address", async () => {
      for (let attempt = 1; attempt <= 11; attempt++) {
        await login("customer", "travelling@example.com", "wrong-password")
      }
      expect((await login("customer", "travelling@example.com", PASSWORD)).status).toEqual(429)
      expect((await login("customer", "neighbour@example.com", "wrong-password")).status).toEqual(401)
      expect((await login("customer", "neighbour@example.com", PASSWORD)).status).toEqual(200)
      expect((await login("producer", "travelling@example.com", PASSWORD)).status).toEqual(200)
      expect((await login("customer", "travelling@example.com", PASSWORD, { httpAgent: elsewhere })).status).toEqual(200)
    })

    it("is not escaped by writing another X-Forwarded-For on each attempt", async () => {
      const forged = (attempt: number) => ({ headers: { "x-forwarded-for": `203.0.113.${attempt}` } })
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await login("customer", "forging@example.com", "wrong-password", forged(attempt))).status).toEqual(401)
      }
      expect((await login("customer", "forging@example.com", PASSWORD, forged(11))).status).toEqual(429)
    })

    it("counts simultaneous guesses: of 20 at once, 10 are tried and 10 refused", async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => login("customer", "burst@example.com", "wrong-password"))
      )
      const statuses = responses.map((response) => response.status).sort()
      expect(statuses.filter((status) => status === 401)).toHaveLength(10)
      expect(statuses.filter((status) => status === 429)).toHaveLength(10)
    })
  },
})
