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
  "waiting@example.com",
  "proxied@example.com",
]

/** Another client on this machine: the loopback network's 127.0.0.2. */
const elsewhere = new http.Agent({ localAddress: "127.0.0.2" })
/** A reverse proxy on this machine, the one TRUSTED_PROXIES names. */
const PROXY_ADDRESS = "127.0.0.3"
const proxy = new http.Agent({ localAddress: PROXY_ADDRESS })

medusaIntegrationTestRunner({
  env: { TRUSTED_PROXIES: PROXY_ADDRESS },
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

    it("lifts the limit once its minute has passed", async () => {
      // The window starts at the first failure, between these two readings of the clock.
      const beforeFirst = Date.now()
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await login("customer", "waiting@example.com", "wrong-password")).status).toEqual(401)
      }
      const refused = await login("customer", "waiting@example.com", PASSWORD)
      const afterRefused = Date.now()
      expect(refused.status).toEqual(429)
      const retryAfter = Number(refused.headers["retry-after"])
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)

      // The app runs in this process: stop its clock just before and just after the minute
      // instead of waiting for it.
      const clock = jest.spyOn(Date, "now")
      try {
        clock.mockReturnValue(beforeFirst + 59_999)
        expect((await login("customer", "waiting@example.com", PASSWORD)).status).toEqual(429)
        clock.mockReturnValue(afterRefused + 60_000)
        expect((await login("customer", "waiting@example.com", PASSWORD)).status).toEqual(200)
        // A new window: ten more failures are allowed before the next refusal.
        for (let attempt = 1; attempt <= 10; attempt++) {
          expect((await login("customer", "waiting@example.com", "wrong-password")).status).toEqual(401)
        }
        expect((await login("customer", "waiting@example.com", PASSWORD)).status).toEqual(429)
      } finally {
        clock.mockRestore()
      }
    })

    it("counts the address a trusted proxy forwards, and only a trusted proxy's", async () => {
      const via = (client: string) => ({ httpAgent: proxy, headers: { "x-forwarded-for": client } })
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await login("customer", "proxied@example.com", "wrong-password", via("198.51.100.7"))).status).toEqual(401)
      }
      expect((await login("customer", "proxied@example.com", PASSWORD, via("198.51.100.7"))).status).toEqual(429)
      // Another client behind the same proxy has its own count; so has the proxy itself.
      expect((await login("customer", "proxied@example.com", PASSWORD, via("198.51.100.8"))).status).toEqual(200)
      expect((await login("customer", "proxied@example.com", PASSWORD, { httpAgent: proxy })).status).toEqual(200)
      // A client that is not the proxy is counted under its own address, whatever it forwards.
      expect((await login("customer", "proxied@example.com", PASSWORD, { headers: { "x-forwarded-for": "198.51.100.7" } })).status).toEqual(200)
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
