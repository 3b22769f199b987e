import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import vm from "node:vm"
import { afterEach, describe, expect, it } from "vitest"
import { renderConfigScript, serveStorefront, storefrontSecurityHeaders, type StorefrontConfigType } from "../storefront-server.js"

const CONFIG: StorefrontConfigType = { backendUrl: "http://localhost:9000", publishableKey: "pk_1", stripePublishableKey: null }

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

/** As the storefront's build writes it (storefront/plugins/security-headers.ts), trimmed. */
const SECURITY_HEADERS = {
  withoutStripe: {
    "Content-Security-Policy": "script-src 'self' 'sha256-abc'; connect-src 'self' __SIPAKAM_BACKEND_ORIGIN__",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
  },
  withStripe: {
    "Content-Security-Policy": "script-src 'self' 'sha256-abc' https://js.stripe.com; connect-src 'self' __SIPAKAM_BACKEND_ORIGIN__",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
  },
}

/** A build of one page and one asset, with the security headers its build would write. */
function writeBuild(dirs: string[], options: { headers?: boolean } = {}): string {
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "sipakam-storefront-"))
  dirs.push(buildDir)
  fs.writeFileSync(path.join(buildDir, "index.html"), "<!doctype html><title>Sipakam</title>")
  fs.mkdirSync(path.join(buildDir, "assets"))
  fs.writeFileSync(path.join(buildDir, "assets", "index-abc.js"), "console.log(1)")
  if (options.headers !== false) {
    fs.writeFileSync(path.join(buildDir, "security-headers.json"), JSON.stringify(SECURITY_HEADERS))
  }
  return buildDir
}

describe("serveStorefront's security headers", () => {
  const servers: http.Server[] = []
  const buildDirs: string[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
    for (const dir of buildDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  const serve = async (config = CONFIG) => {
    const backend = http.createServer((_req, res) => res.end("{}"))
    servers.push(backend)
    await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
    const backendTarget = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`
    const server = await serveStorefront(0, config, { backendTarget, buildDir: writeBuild(buildDirs) })
    servers.push(server)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it("sends the build's headers, with the backend's origin, on the page, client routes, assets and config", async () => {
    const origin = await serve({ ...CONFIG, backendUrl: "https://api.sipakam.test/some/path" })

    for (const pathname of ["/", "/shop", "/products/hol-scarf", "/assets/index-abc.js", "/config.js", "/assets/missing.js"]) {
      const answer = await fetch(`${origin}${pathname}`)
      expect(answer.headers.get("content-security-policy"), pathname).toEqual(
        "script-src 'self' 'sha256-abc'; connect-src 'self' https://api.sipakam.test"
      )
      expect(answer.headers.get("x-content-type-options"), pathname).toEqual("nosniff")
      expect(answer.headers.get("x-frame-options"), pathname).toEqual("DENY")
    }
  })

  it("allows Stripe's sources only when Stripe is configured", async () => {
    const withStripe = await serve({ ...CONFIG, stripePublishableKey: "pk_test_1" })
    const without = await serve()

    expect((await fetch(withStripe)).headers.get("content-security-policy")).toContain("https://js.stripe.com")
    expect((await fetch(without)).headers.get("content-security-policy")).not.toContain("stripe")
  })

  it("leaves the backend's answers under /store as the backend sent them", async () => {
    const origin = await serve()

    expect((await fetch(`${origin}/store/regions`)).headers.get("content-security-policy")).toBeNull()
  })

  it("refuses a build without its security headers, saying so", () => {
    expect(() => storefrontSecurityHeaders(writeBuild(buildDirs, { headers: false }), CONFIG)).toThrow(
      /security-headers\.json is missing/
    )
  })
})

describe("serveStorefront's forwarding of the store API", () => {
  const servers: http.Server[] = []
  const buildDirs: string[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
    for (const dir of buildDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  const listen = async (server: http.Server) => {
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  /** A backend that answers every request with what it received. */
  const echoBackend = () =>
    http.createServer(async (req, res) => {
      let body = ""
      for await (const chunk of req) body += chunk
      res.writeHead(201, { "Content-Type": "application/json" })
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }))
    })

  /** The storefront's server over a build of one page, whatever storefront/dist holds. */
  const storefront = async (backendTarget: string) => {
    const server = await serveStorefront(0, CONFIG, { backendTarget, buildDir: writeBuild(buildDirs) })
    servers.push(server)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it("forwards /store requests with their method, path, query, headers and body", async () => {
    const origin = await storefront(await listen(echoBackend()))

    const answer = await fetch(`${origin}/store/search?x=1`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "x-publishable-api-key": "pk_1" },
      body: JSON.stringify({ q: "silk" }),
    })

    expect(answer.status).toBe(201)
    const received = await answer.json()
    expect(received).toMatchObject({ method: "POST", url: "/store/search?x=1", body: '{"q":"silk"}' })
    expect(received.headers).toMatchObject({ "x-publishable-api-key": "pk_1", "x-forwarded-for": "127.0.0.1" })
  })

  it("does not forward other paths, logins included", async () => {
    const origin = await storefront(await listen(echoBackend()))

    const config = await fetch(`${origin}/config.js`)
    const login = await fetch(`${origin}/auth/customer/emailpass`, { method: "POST" })
    const lookalike = await fetch(`${origin}/storefront`)

    expect(await config.text()).toContain("__SIPAKAM_CONFIG__")
    // The echo backend would answer JSON; the storefront answers its app.
    expect(login.headers.get("content-type")).toContain("text/html")
    expect(lookalike.headers.get("content-type")).toContain("text/html")
  })

  it("answers 502 with a JSON message when the backend does not answer", async () => {
    const stopped = http.createServer()
    const target = await listen(stopped)
    await new Promise((resolve) => stopped.close(resolve))
    servers.splice(servers.indexOf(stopped), 1)
    const origin = await storefront(target)

    const answer = await fetch(`${origin}/store/regions`)

    expect(answer.status).toBe(502)
    expect(await answer.json()).toEqual({ type: "bad_gateway", message: "The backend is not answering." })
  })
})
