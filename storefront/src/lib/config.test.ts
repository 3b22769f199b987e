import { describe, expect, it } from "vitest"
import { parseRuntimeConfig } from "@/lib/config"

describe("parseRuntimeConfig", () => {
  it("accepts a complete configuration and trims the backend URL's trailing slash", () => {
    const result = parseRuntimeConfig({
      backendUrl: "http://localhost:9000/",
      publishableKey: "pk_123",
      stripePublishableKey: null,
    })
    expect(result).toEqual({
      ok: true,
      config: {
        backendUrl: "http://localhost:9000",
        publishableKey: "pk_123",
        stripePublishableKey: null,
      },
    })
  })

  it("defaults the Stripe key to null when it is left out", () => {
    const result = parseRuntimeConfig({ backendUrl: "https://api.example.org", publishableKey: "pk_1" })
    expect(result.ok && result.config.stripePublishableKey).toBeNull()
  })

  it("says /config.js is missing when nothing set the configuration", () => {
    const result = parseRuntimeConfig(undefined)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join()).toMatch(/\/config\.js is missing/)
  })

  it("names every wrong field", () => {
    const result = parseRuntimeConfig({
      backendUrl: "ftp://files.example.org",
      publishableKey: "sk_secret",
      stripePublishableKey: 42,
    })
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^backendUrl must be an http\(s\) URL/)
    expect(problems[1]).toMatch(/^publishableKey must start with "pk_"/)
    expect(problems[2]).toMatch(/^stripePublishableKey must be a string/)
  })

  it("rejects a configuration that is not an object", () => {
    const result = parseRuntimeConfig("http://localhost:9000")
    expect(!result.ok && result.problems).toEqual([
      "window.__SIPAKAM_CONFIG__: must be an object with backendUrl and publishableKey",
    ])
  })
})
