import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, describe, expect, it } from "vitest"
import {
  NGINX_HEADERS_FILES,
  contentSecurityPolicy,
  inlineScriptHashes,
  renderNginxHeaders,
  securityHeaders,
  securityHeadersFile,
} from "./security-headers"

const STOREFRONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const DOCKER_DIR = path.join(STOREFRONT_DIR, "docker")
const PAGE = `<!doctype html><head><script src="/config.js" defer></script>
<script>alert(1)</script><script type="module" src="/assets/index.js"></script></head>`

describe("inlineScriptHashes", () => {
  it("hashes the body of each inline script as CSP does, and skips scripts loaded from a file", () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes(PAGE)).toEqual(["sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="])
  })

  it("covers every inline script of the storefront's index.html, with the one the route preloader adds", () => {
    const source = fs.readFileSync(path.join(STOREFRONT_DIR, "index.html"), "utf8")
    const html = source.replace("</head>", "<script>preloadRouteChunks()</script></head>")
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length
    expect(inline).toBeGreaterThan(0)
    expect(inlineScriptHashes(html)).toHaveLength(inline)
  })
})

describe("contentSecurityPolicy", () => {
  const directive = (policy: string, name: string) =>
    policy.split("; ").find((entry) => entry.startsWith(`${name} `))

  it("runs no inline script but those hashed, and lets no one frame the shop", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["sha256-x"], backendOrigin: "https://api.test", stripe: false })
    expect(directive(policy, "script-src")).toEqual("script-src 'self' 'sha256-x'")
    expect(policy).not.toContain("unsafe-inline")
    expect(policy).not.toContain("unsafe-eval")
    expect(directive(policy, "frame-ancestors")).toEqual("frame-ancestors 'none'")
    expect(directive(policy, "img-src")).toContain("https://api.test")
    expect(directive(policy, "connect-src")).toEqual("connect-src 'self' https://api.test")
    expect(policy).not.toContain("stripe")
  })

  it("adds Stripe.js, its frames and its API only when Stripe is on", () => {
    const policy = contentSecurityPolicy({ scriptHashes: [], backendOrigin: "https://api.test", stripe: true })
    expect(directive(policy, "script-src")).toContain("https://js.stripe.com")
    expect(directive(policy, "frame-src")).toContain("https://hooks.stripe.com")
    expect(directive(policy, "connect-src")).toContain("https://api.stripe.com")
  })
})

describe("nginx in the image", () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  /** Runs 40-sipakam-config.sh over a build's header files, as the image's entrypoint does. */
  const runEntrypoint = (env: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sipakam-nginx-"))
    dirs.push(dir)
    const file = securityHeadersFile(PAGE)
    fs.writeFileSync(path.join(dir, NGINX_HEADERS_FILES.withoutStripe), renderNginxHeaders(file.withoutStripe))
    fs.writeFileSync(path.join(dir, NGINX_HEADERS_FILES.withStripe), renderNginxHeaders(file.withStripe))
    const run = spawnSync("sh", [path.join(DOCKER_DIR, "40-sipakam-config.sh")], {
      env: {
        PATH: process.env.PATH,
        SIPAKAM_BACKEND_UPSTREAM: "http://backend:9000",
        MEDUSA_PUBLISHABLE_KEY: "pk_1",
        SIPAKAM_CONFIG_JS: path.join(dir, "config.js"),
        SIPAKAM_SECURITY_HEADERS_DIR: dir,
        ...env,
      },
      encoding: "utf8",
    })
    const included = path.join(dir, "security-headers.conf")
    return { status: run.status, stderr: run.stderr, conf: fs.existsSync(included) ? fs.readFileSync(included, "utf8") : null }
  }

  /** The headers an nginx include sets: `add_header Name "value" always;` per line. */
  const parseAddHeaders = (conf: string) =>
    Object.fromEntries(
      [...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value])
    )

  it("sends the same headers as the stack's server, with the backend's origin from BACKEND_URL", () => {
    const scriptHashes = inlineScriptHashes(PAGE)

    const plain = runEntrypoint({ BACKEND_URL: "https://api.sipakam.test/some/path" })
    const stripe = runEntrypoint({ BACKEND_URL: "http://localhost:9000", STRIPE_PUBLISHABLE_KEY: "pk_test_1" })

    expect(plain.status, plain.stderr).toEqual(0)
    expect(parseAddHeaders(plain.conf ?? "")).toEqual(
      securityHeaders({ scriptHashes, backendOrigin: "https://api.sipakam.test", stripe: false })
    )
    expect(stripe.status, stripe.stderr).toEqual(0)
    expect(parseAddHeaders(stripe.conf ?? "")).toEqual(
      securityHeaders({ scriptHashes, backendOrigin: "http://localhost:9000", stripe: true })
    )
  })

  it("refuses a BACKEND_URL that would change nginx's directives", () => {
    for (const url of ['https://api.test"; add_header X "y', "https://$host/", "https://user@api.test"]) {
      const run = runEntrypoint({ BACKEND_URL: url })
      expect(run.status, url).not.toEqual(0)
      expect(run.stderr, url).toContain("BACKEND_URL")
      expect(run.conf, url).toBeNull()
    }
  })

  it("includes the headers in every location that serves the build, and not in the forwarded APIs'", () => {
    const template = fs.readFileSync(path.join(DOCKER_DIR, "default.conf.template"), "utf8")
    const locations = [...template.matchAll(/^\s*location ([^{]+)\{([\s\S]*?)^\s*\}/gm)].map(([, where, body]) => ({
      where: where.trim(),
      body,
    }))
    expect(locations.length).toBeGreaterThan(1)
    for (const { where, body } of locations) {
      const includes = body.includes("include /etc/nginx/sipakam/security-headers.conf;")
      expect(includes, where).toEqual(!/store|producer/.test(where))
      // An add_header of its own for one of these would send it twice.
      for (const name of Object.keys(securityHeaders({ scriptHashes: [], backendOrigin: "x", stripe: false }))) {
        expect(body, where).not.toContain(`add_header ${name} `)
      }
    }
  })
})
