import { createHash } from "node:crypto"
import type { Plugin } from "vite"

/**
 * The headers every server of the built storefront sends with its pages and files (the stack's
 * server for `npm start`, nginx in the image), defined here once. The build writes them into
 * dist/ (see `securityHeaders()` below), with the backend's origin left as a placeholder that
 * each server fills in from its runtime configuration (BACKEND_URL): one build serves every
 * environment.
 */
export const BACKEND_ORIGIN_PLACEHOLDER = "__SIPAKAM_BACKEND_ORIGIN__"

/** What the build writes for the servers: dist/security-headers.json and the nginx includes. */
export const SECURITY_HEADERS_FILE = "security-headers.json"
export const NGINX_HEADERS_FILES = {
  withoutStripe: "security-headers.nginx.conf",
  withStripe: "security-headers-stripe.nginx.conf",
} as const

export type SecurityHeadersType = Record<string, string>
export type SecurityHeadersFileType = { withoutStripe: SecurityHeadersType; withStripe: SecurityHeadersType }

/** Stripe.js and the Payment Element's frames, as Stripe's CSP guide lists them. */
const STRIPE = {
  scripts: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frames: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
}

/**
 * The content security policy of the shop:
 * - scripts: the build's own files, and its inline scripts by hash (the route preloader
 *   in index.html), never 'unsafe-inline'; Stripe.js when Stripe is on;
 * - styles: the build's stylesheet only. React sets `style` props through the DOM (CSSOM),
 *   which style-src does not govern, so no 'unsafe-inline' is needed;
 * - images: ours, the backend's (`/static` uploads, `/images` sizes), data: and blob: (a photo
 *   picked in the studio is previewed from a blob: URL);
 * - fonts: ours and data: (Vite inlines the 2 KB header font into the stylesheet);
 * - connections: this origin (the store API) and the backend (logins go to it directly);
 * - no plugins, no <base>, forms post here only, and no one may frame the shop.
 */
export function contentSecurityPolicy(options: {
  scriptHashes: readonly string[]
  backendOrigin: string
  stripe: boolean
}): string {
  const { scriptHashes, backendOrigin, stripe } = options
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", ...scriptHashes.map((hash) => `'${hash}'`), ...(stripe ? STRIPE.scripts : [])]],
    ["style-src", ["'self'"]],
    ["img-src", ["'self'", backendOrigin, "data:", "blob:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", backendOrigin, ...(stripe ? STRIPE.connect : [])]],
    ["frame-src", stripe ? STRIPE.frames : ["'none'"]],
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ")
}

/** Every header, the policy included. */
export function securityHeaders(options: {
  scriptHashes: readonly string[]
  backendOrigin: string
  stripe: boolean
}): SecurityHeadersType {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // frame-ancestors says the same to current browsers; this is for older ones.
    "X-Frame-Options": "DENY",
    // The camera for the studio's photo capture, on this origin only; nothing else we do not use.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()",
    // Not plain same-origin: Stripe may open a payment method's own window and need its opener.
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
  }
}

/** The CSP hashes (sha256-...) of the inline scripts of an HTML page, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match
    if (/\bsrc\s*=/i.test(attributes)) continue
    hashes.push(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`)
  }
  return hashes
}

/** Both variants for a page, with the backend's origin left as the placeholder. */
export function securityHeadersFile(html: string): SecurityHeadersFileType {
  const scriptHashes = inlineScriptHashes(html)
  const backendOrigin = BACKEND_ORIGIN_PLACEHOLDER
  return {
    withoutStripe: securityHeaders({ scriptHashes, backendOrigin, stripe: false }),
    withStripe: securityHeaders({ scriptHashes, backendOrigin, stripe: true }),
  }
}

/** The same headers as nginx directives, for an `include` in every location that serves the build. */
export function renderNginxHeaders(headers: SecurityHeadersType): string {
  const lines = Object.entries(headers).map(([name, value]) => {
    // nginx would read `$` as a variable and `"` as the end of the value.
    if (/["$\\]/.test(value)) throw new Error(`${name} cannot be written for nginx: ${value}`)
    return `add_header ${name} "${value}" always;`
  })
  return `# Written by storefront/plugins/security-headers.ts at build time; do not edit.\n${lines.join("\n")}\n`
}

/**
 * Writes the headers for the built index.html: security-headers.json (the stack's server) and
 * the nginx includes (the image). It runs after the HTML is final, so the hashes are of the
 * scripts as shipped, the route preloader's chunk names included.
 */
export function securityHeadersForBuild(): Plugin {
  return {
    name: "sipakam-security-headers",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"]
        if (page?.type !== "asset") {
          this.error("index.html is not in the bundle: the security headers need its inline scripts")
        }
        const file = securityHeadersFile(String(page.source))
        this.emitFile({ type: "asset", fileName: SECURITY_HEADERS_FILE, source: `${JSON.stringify(file, null, 2)}\n` })
        for (const variant of ["withoutStripe", "withStripe"] as const) {
          this.emitFile({ type: "asset", fileName: NGINX_HEADERS_FILES[variant], source: renderNginxHeaders(file[variant]) })
        }
      },
    },
  }
}
