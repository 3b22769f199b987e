import { readdirSync, readFileSync } from "fs"
import path from "path"
import middlewares from "../middlewares"
import { ORDER_GUARDS } from "../utils/order-access"

/**
 * Every store route of Medusa (its route files, as installed) and of this backend, classified:
 * a route whose path or body names an order must have an order guard in our middlewares. A route
 * that appears with a Medusa upgrade and is in neither list fails this test until someone decides.
 */
const ORDER_ROUTES = [
  "GET /store/orders/:id",
  "POST /store/orders/:id/transfer/request",
  "POST /store/orders/:id/transfer/cancel",
  "POST /store/orders/:id/transfer/accept",
  "POST /store/orders/:id/transfer/decline",
  "POST /store/returns",
]

const OTHER_ROUTES = [
  // The customer's own orders: Medusa requires the login and lists only that customer's.
  "GET /store/orders",
  // Carts and payment collections answer their own owner rule (see api/utils/cart-access.ts).
  "POST /store/carts",
  "GET /store/carts/:id",
  "POST /store/carts/:id",
  "POST /store/carts/:id/complete",
  "POST /store/carts/:id/customer",
  "POST /store/carts/:id/line-items",
  "POST /store/carts/:id/line-items/:line_id",
  "DELETE /store/carts/:id/line-items/:line_id",
  "POST /store/carts/:id/promotions",
  "DELETE /store/carts/:id/promotions",
  "POST /store/carts/:id/shipping-methods",
  "POST /store/carts/:id/taxes",
  "POST /store/payment-collections",
  "POST /store/payment-collections/:id/payment-sessions",
  // A guest's confirmation token is bought with the cart id (cart owner rule).
  "POST /store/order-confirmations",
  // The customer's own account.
  "POST /store/customers",
  "GET /store/customers/me",
  "POST /store/customers/me",
  "GET /store/customers/me/addresses",
  "POST /store/customers/me/addresses",
  "GET /store/customers/me/addresses/:address_id",
  "POST /store/customers/me/addresses/:address_id",
  "DELETE /store/customers/me/addresses/:address_id",
  // The public catalogue and store settings.
  "GET /store/collections",
  "GET /store/collections/:id",
  "GET /store/currencies",
  "GET /store/currencies/:code",
  "GET /store/locales",
  "GET /store/payment-providers",
  "GET /store/product-categories",
  "GET /store/product-categories/:id",
  "GET /store/product-options",
  "GET /store/product-options/:id",
  "GET /store/product-tags",
  "GET /store/product-tags/:id",
  "GET /store/product-types",
  "GET /store/product-types/:id",
  "GET /store/product-variants",
  "GET /store/product-variants/:id",
  "GET /store/products",
  "GET /store/products/:id",
  "GET /store/regions",
  "GET /store/regions/:id",
  "GET /store/return-reasons",
  "GET /store/return-reasons/:id",
  "POST /store/search",
  "GET /store/shipping-options",
  "POST /store/shipping-options/:id/calculate",
  "GET /store/impact",
  "GET /store/makers",
  "GET /store/makers/:handle",
  "GET /store/producers",
  "GET /store/producers/:handle",
  // Wholesale: scoped to the logged-in customer's company (api/store/wholesale/scope.ts); no order named.
  "POST /store/wholesale/applications",
  "GET /store/wholesale/company",
  "GET /store/wholesale/buyers",
  "POST /store/wholesale/buyers",
  "POST /store/wholesale/invites/accept",
  "POST /store/wholesale/outlets",
  "GET /store/wholesale/outlets/:id",
  "POST /store/wholesale/outlets/:id",
  "GET /store/wholesale/trade-terms",
]

const METHOD_EXPORT = /export(?:s\.|\s+(?:const|async function|function)\s+)(GET|POST|DELETE|PUT|PATCH)\b/g

/** "METHOD /store/..." for every route file under `root` (a `store` folder of an API). */
function storeRoutes(root: string): string[] {
  const routes: string[] = []
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const entryPath = path.join(directory, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") {
        walk(entryPath)
      } else if (/^route\.(js|ts)$/.test(entry.name)) {
        const routePath = path
          .relative(path.dirname(root), directory)
          .split(path.sep)
          .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
          .join("/")
        const methods = new Set(
          [...readFileSync(entryPath, "utf8").matchAll(METHOD_EXPORT)].map((match) => match[1])
        )
        for (const method of methods) {
          routes.push(`${method} /${routePath}`)
        }
      }
    }
  }
  walk(root)
  return routes.sort()
}

const medusaStoreRoutes = storeRoutes(
  path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api", "store")
)
const ownStoreRoutes = storeRoutes(path.join(__dirname, "..", "store"))

describe("store routes that name an order", () => {
  it("finds Medusa's store routes where this test expects them", () => {
    expect(medusaStoreRoutes).toEqual(expect.arrayContaining(["GET /store/orders/:id", "POST /store/returns"]))
  })

  it("knows every store route, so a new one has to be classified", () => {
    const known = new Set([...ORDER_ROUTES, ...OTHER_ROUTES])
    const unknown = [...medusaStoreRoutes, ...ownStoreRoutes].filter((route) => !known.has(route))
    expect(unknown).toEqual([])
  })

  it.each(ORDER_ROUTES)("guards %s with an order guard", (route) => {
    const [method, matcher] = route.split(" ")
    const guarded = (middlewares.routes ?? []).some(
      (entry) =>
        entry.matcher === matcher &&
        (entry.method === undefined || ([] as string[]).concat(entry.method).includes(method)) &&
        (entry.middlewares ?? []).some((middleware) => ORDER_GUARDS.has(middleware))
    )
    expect(guarded).toBe(true)
  })
})
