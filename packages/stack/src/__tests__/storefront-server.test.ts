import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import vm from "node:vm"
import { afterEach, describe, expect, it } from "vitest"
import { renderConfigScript, serveStorefront } from "../storefront-server.js"

const CONFIG = { backendUrl: "http://localhost:9000", publishableKey: "pk_1", stripePublishableKey: null }

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
    const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "sipakam-storefront-"))
    buildDirs.push(buildDir)
    fs.writeFileSync(path.join(buildDir, "index.html"), "<!doctype html><title>Sipakam</title>")
    const server = await serveStorefront(0, CONFIG, { backendTarget, buildDir })
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
