import vm from "node:vm"
import { describe, expect, it } from "vitest"
import { renderConfigScript } from "../storefront-server.js"

describe("renderConfigScript", () => {
  it("sets the runtime config the SPA reads", () => {
    const context: { window: Record<string, unknown> } = { window: {} }
    vm.runInNewContext(
      renderConfigScript({ backendUrl: "http://localhost:9000", publishableKey: "pk_1", stripePublishableKey: null }),
      context
    )
    expect(context.window.__SIPAKAM_CONFIG__).toEqual({
      backendUrl: "http://localhost:9000",
      publishableKey: "pk_1",
      stripePublishableKey: null,
    })
  })

  it("cannot be broken out of by a value", () => {
    const script = renderConfigScript({
      backendUrl: "</script><script>alert(1)</script>",
      publishableKey: "pk",
      stripePublishableKey: null,
    })
    expect(script).not.toContain("</script>")
  })
})
