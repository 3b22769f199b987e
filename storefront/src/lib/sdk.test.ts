import { afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { getAuth } from "@/lib/auth"
import { getSdk } from "@/lib/sdk"

const BACKEND = "http://backend.test"

/** The network boundary: records each request's URL and Authorization, answers a token to logins. */
function network() {
  const requests: { url: URL; authorization: string | null }[] = []
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input.toString())
      requests.push({ url, authorization: new Headers(init?.headers).get("authorization") })
      const body = url.pathname.startsWith("/auth/") ? { token: "customer-token" } : { regions: [] }
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } })
    })
  )
  return requests
}

beforeAll(() => {
  window.__SIPAKAM_CONFIG__ = { backendUrl: BACKEND, publishableKey: "pk_test" }
})

afterEach(() => {
  vi.unstubAllGlobals()
  window.localStorage.clear()
})

describe("the storefront's Medusa clients", () => {
  it("ask the store API on the storefront's own origin", async () => {
    const requests = network()

    await getSdk().client.fetch("/store/regions")

    expect(requests[0]?.url.origin).toBe(window.location.origin)
    expect(requests[0]?.url.pathname).toBe("/store/regions")
  })

  it("log in on the backend itself, and the store requests then carry the customer's token", async () => {
    const requests = network()

    await getAuth().login("customer", "emailpass", { email: "a@example.org", password: "secret-password" })
    await getSdk().client.fetch("/store/customers/me")

    expect(requests[0]?.url.href).toBe(`${BACKEND}/auth/customer/emailpass`)
    expect(requests[1]?.url.origin).toBe(window.location.origin)
    expect(requests[1]?.authorization).toBe("Bearer customer-token")
  })
})
