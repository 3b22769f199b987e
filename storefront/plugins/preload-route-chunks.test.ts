/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The script this plugin writes runs in the browser: it is tried here in jsdom.
import { afterEach, describe, expect, it } from "vitest"
import { renderPreloadScript, routePattern } from "./preload-route-chunks"

const matches = (pattern: string, pathname: string) => new RegExp(pattern).test(pathname)

describe("routePattern", () => {
  it("matches the route's own path, with or without a trailing slash", () => {
    expect(matches(routePattern("/", "shop"), "/shop")).toBe(true)
    expect(matches(routePattern("/", "shop"), "/shop/")).toBe(true)
    expect(matches(routePattern("/", "shop"), "/shopping")).toBe(false)
    expect(matches(routePattern("/", "shop"), "/en/shop")).toBe(false)
  })

  it("takes any one segment for a parameter", () => {
    const pattern = routePattern("/", "orders/:id/confirmed")
    expect(matches(pattern, "/orders/order_01ABC/confirmed")).toBe(true)
    expect(matches(pattern, "/orders/confirmed")).toBe(false)
    expect(matches(pattern, "/orders/a/b/confirmed")).toBe(false)
  })

  it("takes an area's own path and every page under it for a trailing /*", () => {
    const pattern = routePattern("/", "studio/*")
    expect(matches(pattern, "/studio")).toBe(true)
    expect(matches(pattern, "/studio/")).toBe(true)
    expect(matches(pattern, "/studio/listings/prod_01")).toBe(true)
    expect(matches(pattern, "/studios")).toBe(false)
  })

  it("keeps a base path and reads its characters literally", () => {
    const pattern = routePattern("/store.v2/", "products/:handle")
    expect(matches(pattern, "/store.v2/products/krama")).toBe(true)
    expect(matches(pattern, "/storeXv2/products/krama")).toBe(false)
  })
})

describe("renderPreloadScript", () => {
  afterEach(() => {
    document.head.innerHTML = ""
    window.history.replaceState(null, "", "/")
  })

  const run = (pathname: string) => {
    document.head.innerHTML = ""
    window.history.replaceState(null, "", pathname)
    new Function(
      renderPreloadScript([
        [routePattern("/", "shop"), ["/assets/shop-1.js", "/assets/search-2.js"]],
        [routePattern("/", "products/:handle"), ["/assets/product-3.js"]],
      ])
    )()
    return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
      new URL(link.href).pathname
    )
  }

  it("preloads the chunks of the page the visit starts on", () => {
    expect(run("/shop?q=silk")).toEqual(["/assets/shop-1.js", "/assets/search-2.js"])
    expect(run("/products/krama")).toEqual(["/assets/product-3.js"])
  })

  it("preloads nothing on a page of the entry chunk", () => {
    expect(run("/")).toEqual([])
  })
})
