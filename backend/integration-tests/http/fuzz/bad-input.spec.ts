import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerWithLogin } from "../../fixtures/producers"
import { createShop, type AsType, type ShopType } from "../checkout/shop"

jest.setTimeout(900_000)

/** At least this many generated bad requests per run, spread over the routes below. */
const MIN_REQUESTS = 2_400
/** A string no field of any route accepts: longer than every limit we set. */
const HUGE_LENGTH = 100_000

type AsKindType = "guest" | "customer" | "producer" | "operator"
type JsonObjectType = Record<string, unknown>

/**
 * One route a client can call, with a body or query it would accept. Each generated request
 * breaks exactly one thing of that valid request, so every answer must be a 4xx. `{name}` in
 * the path is an id the setup made (a cart, an order, a product, ...).
 */
type RouteCaseType = {
  method: "get" | "post" | "delete"
  path: string
  as: AsKindType
  body?: JsonObjectType
  query?: Record<string, string>
  /** Query parameters that take a number (limit, offset, ...). */
  numericQuery?: string[]
}

type IdsType = Record<string, string>

/** A value of another JSON type than `value`, never one a field of `value`'s type accepts. */
function wrongTypeOf(value: unknown): fc.Arbitrary<unknown> {
  const others: fc.Arbitrary<unknown>[] = []
  if (typeof value !== "string") others.push(fc.constantFrom("not-a-number", "", "🧵", "{}"))
  // No infinities: JSON writes them as null, which a clearable field rightly accepts.
  if (typeof value !== "number") others.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })))
  if (typeof value !== "boolean") others.push(fc.boolean())
  if (!Array.isArray(value)) others.push(fc.array(fc.oneof(fc.integer(), fc.boolean()), { minLength: 1, maxLength: 3 }))
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    others.push(fc.dictionary(fc.constantFrom("$ne", "$gt", "__proto__x", "a"), fc.integer(), { minKeys: 1 }))
  }
  return fc.oneof(...others)
}

const ODD_IDS = fc.oneof(
  fc.constantFrom(
    "%00",
    "..%2F..%2Fadmin",
    "' OR '1'='1",
    "%F0%9F%A7%B5",
    "null",
    "undefined",
    "-1",
    "0x7fffffff",
    "%20",
    "a".repeat(5_000)
  ),
  fc.stringMatching(/^[a-z]{2,6}_[A-Z0-9]{26}$/),
  fc.string({ minLength: 1, maxLength: 40 }).map((value) => encodeURIComponent(value))
)

const MALFORMED_JSON = fc.oneof(
  fc.constantFrom("{", "{\"a\":", "[1,", "nul", "{\"x\":1}}", "{'single':'quotes'}", "\u0000", "{\"a\":NaN}"),
  fc.string({ minLength: 1, maxLength: 30 }).filter((text) => {
    try {
      JSON.parse(text)
      return false
    } catch {
      return true
    }
  })
)

const NOT_AN_OBJECT = fc.oneof(
  fc.constant([]),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.integer(),
  fc.constant("text"),
  fc.constant(true)
)

const BAD_NUMBERS = fc.constantFrom("-1", "1.5", "1e12", "abc", "", "9007199254740993", "NaN", "-0.0001", "[]")

type RequestType = {
  method: RouteCaseType["method"]
  path: string
  as: AsKindType
  /** A JSON value to send, or raw text for malformed JSON. */
  body?: { json: unknown } | { raw: string }
  query?: Record<string, string>
  what: string
}

/** Every way to break one valid request of `route`. */
function badRequests(route: RouteCaseType, ids: IdsType): fc.Arbitrary<RequestType> {
  const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name])
  const base = { method: route.method, path, as: route.as, query: route.query }
  const kinds: fc.Arbitrary<RequestType>[] = []
  const idNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  if (idNames.length > 0) {
    kinds.push(
      fc.tuple(fc.constantFrom(...idNames), ODD_IDS).map(([name, odd]) => ({
        ...base,
        path: route.path.replace(/\{(\w+)\}/g, (_m, other: string) => (other === name ? odd : ids[other])),
        body: route.body ? { json: route.body } : undefined,
        what: `odd ${name}`,
      }))
    )
  }
  if (route.method === "post") {
    const body = route.body ?? {}
    const fields = Object.keys(body)
    kinds.push(MALFORMED_JSON.map((raw) => ({ ...base, body: { raw }, what: "malformed JSON" })))
    kinds.push(NOT_AN_OBJECT.map((json) => ({ ...base, body: { json }, what: "not an object" })))
    kinds.push(
      fc
        .tuple(fc.stringMatching(/^[a-z][a-z_]{2,20}$/), fc.jsonValue())
        .filter(([key]) => !(key in body))
        .map(([key, value]) => ({ ...base, body: { json: { ...body, [key]: value } }, what: `unknown field ${key}` }))
    )
    if (fields.length > 0) {
      kinds.push(
        fc
          .constantFrom(...fields)
          .chain((field) =>
            wrongTypeOf(body[field]).map((value) => ({
              ...base,
              body: { json: { ...body, [field]: value } },
              what: `wrong type for ${field}`,
            }))
          )
      )
      const strings = fields.filter((field) => typeof body[field] === "string")
      if (strings.length > 0) {
        kinds.push(
          fc.constantFrom(...strings).map((field) => ({
            ...base,
            body: { json: { ...body, [field]: "x".repeat(HUGE_LENGTH) } },
            what: `huge ${field}`,
          }))
        )
      }
      const numbers = fields.filter((field) => typeof body[field] === "number")
      if (numbers.length > 0) {
        kinds.push(
          fc
            .tuple(fc.constantFrom(...numbers), fc.constantFrom(-1, 0.5, 1e12, -1e12, Number.MAX_SAFE_INTEGER + 2))
            .map(([field, value]) => ({
              ...base,
              body: { json: { ...body, [field]: value } },
              what: `out-of-range ${field}`,
            }))
        )
      }
    }
  } else {
    const query = route.query ?? {}
    kinds.push(
      fc
        .tuple(fc.stringMatching(/^[a-z][a-z_]{2,20}$/), fc.string({ maxLength: 20 }))
        .filter(([key]) => !(key in query) && !["fields", "limit", "offset", "order", "q", "expand"].includes(key))
        .map(([key, value]) => ({ ...base, query: { ...query, [key]: value }, what: `unknown parameter ${key}` }))
    )
    for (const name of route.numericQuery ?? []) {
      kinds.push(BAD_NUMBERS.map((value) => ({ ...base, query: { ...query, [name]: value }, what: `bad ${name}` })))
    }
  }
  return fc.oneof(...kinds)
}

/** The routes a storefront, a producer or the operator calls, each with a request it accepts. */
const ROUTES: RouteCaseType[] = [
  // Medusa's store routes, as the storefront calls them.
  { method: "get", path: "/store/products", as: "guest", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/store/products/{product}", as: "guest" },
  { method: "get", path: "/store/regions", as: "guest", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/store/payment-providers", as: "guest", query: { region_id: "{region}" } },
  { method: "post", path: "/store/carts", as: "guest", body: { region_id: "{region}", email: "fuzz@example.com" } },
  { method: "get", path: "/store/carts/{cart}", as: "customer" },
  { method: "post", path: "/store/carts/{cart}", as: "customer", body: { email: "alice@example.com" } },
  { method: "post", path: "/store/carts/{cart}/line-items", as: "customer", body: { variant_id: "{variant}", quantity: 1 } },
  { method: "post", path: "/store/carts/{cart}/line-items/{line}", as: "customer", body: { quantity: 2 } },
  { method: "post", path: "/store/carts/{cart}/shipping-methods", as: "customer", body: { option_id: "{shipping_option}" } },
  { method: "post", path: "/store/carts/{cart}/promotions", as: "customer", body: { promo_codes: ["NOPE"] } },
  { method: "post", path: "/store/carts/{cart}/complete", as: "customer", body: {} },
  { method: "get", path: "/store/shipping-options", as: "customer", query: { cart_id: "{cart}" } },
  { method: "post", path: "/store/payment-collections", as: "customer", body: { cart_id: "{cart}" } },
  {
    method: "post",
    path: "/store/payment-collections/{payment_collection}/payment-sessions",
    as: "customer",
    body: { provider_id: "pp_system_default" },
  },
  { method: "post", path: "/store/customers", as: "guest", body: { email: "new@example.com", first_name: "Dara" } },
  { method: "get", path: "/store/customers/me", as: "customer" },
  { method: "post", path: "/store/customers/me", as: "customer", body: { first_name: "Alice" } },
  {
    method: "post",
    path: "/store/customers/me/addresses",
    as: "customer",
    body: { first_name: "Alice", address_1: "12 Pub Street", city: "Siem Reap", country_code: "kh" },
  },
  { method: "post", path: "/store/customers/me/addresses/{address}", as: "customer", body: { city: "Battambang" } },
  { method: "get", path: "/store/orders", as: "customer", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/store/orders/{order}", as: "customer" },
  { method: "post", path: "/store/orders/{order}/transfer/request", as: "customer", body: { description: "mine" } },
  {
    method: "post",
    path: "/store/returns",
    as: "customer",
    body: { order_id: "{order}", items: [{ id: "{order_line}", quantity: 1 }], return_shipping: { option_id: "{shipping_option}" } },
  },
  { method: "post", path: "/auth/customer/emailpass", as: "guest", body: { email: "alice@example.com", password: "wrong-password" } },
  { method: "post", path: "/auth/customer/emailpass/register", as: "guest", body: { email: "alice@example.com", password: "x" } },
  // Our store routes.
  { method: "post", path: "/store/search", as: "guest", body: { q: "silk", limit: 10 } },
  { method: "get", path: "/store/producers", as: "guest", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/store/producers/{group_handle}", as: "guest" },
  { method: "get", path: "/store/makers", as: "guest", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/store/impact", as: "guest" },
  { method: "post", path: "/store/order-confirmations", as: "guest", body: { cart_id: "{cart}" } },
  { method: "get", path: "/images/{image_key}", as: "guest", query: { w: "360" }, numericQuery: ["w"] },
  // The producer API.
  { method: "get", path: "/producer/me", as: "producer" },
  { method: "post", path: "/producer/me", as: "producer", body: { story: "We weave.", village: "Prey Kabbas" } },
  { method: "get", path: "/producer/products", as: "producer", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/producer/products/{producer_product}", as: "producer" },
  { method: "post", path: "/producer/products/{producer_product}", as: "producer", body: { title: "Silk scarf" } },
  { method: "delete", path: "/producer/products/{producer_product}", as: "producer" },
  { method: "get", path: "/producer/makers", as: "producer", numericQuery: ["limit", "offset"] },
  { method: "post", path: "/producer/makers", as: "producer", body: { first_name: "Sokha", crafts: ["hol-silk"] } },
  { method: "post", path: "/producer/makers/{maker}", as: "producer", body: { story: "Weaves since 1990." } },
  { method: "get", path: "/producer/orders", as: "producer", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/producer/orders/{order}", as: "producer" },
  { method: "post", path: "/producer/orders/{order}/ship", as: "producer", body: { line_item_ids: ["{order_line}"], tracking_number: "" } },
  { method: "post", path: "/producer/orders/{order}/handover", as: "producer", body: { line_item_ids: ["line_unknown"] } },
  { method: "get", path: "/producer/ledger", as: "producer", numericQuery: ["limit", "offset"] },
  { method: "post", path: "/producer/invites/accept", as: "guest", body: { token: "not-a-token" } },
  // The operator's routes.
  { method: "get", path: "/admin/producers", as: "operator", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/admin/producers/{group}", as: "operator" },
  { method: "post", path: "/admin/producers/{group}", as: "operator", body: { name: "Prey Kabbas Weavers" } },
  { method: "post", path: "/admin/producers/{group}/suspend", as: "operator", body: { reason: "" } },
  { method: "post", path: "/admin/producers/{group}/invites", as: "operator", body: { email: "not-an-email" } },
  { method: "get", path: "/admin/producers/{group}/payouts", as: "operator", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/admin/producers/{group}/ledger", as: "operator", numericQuery: ["limit", "offset"] },
  { method: "get", path: "/admin/product-reviews", as: "operator", numericQuery: ["limit", "offset"] },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: ShopType
    let as: Record<AsKindType, AsType>
    const ids: IdsType = {}

    /** A fingerprint of every table's rows, to show that no bad request changed anything. */
    const fingerprint = async (): Promise<Record<string, string>> => {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await pg.raw(
        "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'"
      )
      const prints: Record<string, string> = {}
      for (const { table_name: table } of tables as { table_name: string }[]) {
        const { rows } = await pg.raw(
          `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as print from "${table}" t`
        )
        prints[table] = rows[0].print
      }
      return prints
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await createShop(container, api)
      const scarf = await shop.createProduct("Hol silk scarf", { usd: 45, eur: 42 })
      const alice = await shop.registerCustomer("alice@example.com")
      const producer = await createProducerWithLogin(container, api, {
        handle: "fuzz-weavers",
        email: "coordinator@fuzz-weavers.test",
      })
      as = {
        guest: shop.guest,
        customer: alice.as,
        producer: { ...shop.guest, headers: { ...shop.guest.headers, ...producer.headers.headers } },
        operator: { ...shop.guest, headers: { ...shop.guest.headers, ...shop.market.adminHeaders.headers } },
      }
      const orderCartId = await shop.readyCart({ as: alice.as, items: [{ variantId: scarf, quantity: 1 }] })
      const order = (await shop.complete(orderCartId, alice.as)).data.order
      const cartId = await shop.readyCart({ as: alice.as, items: [{ variantId: scarf, quantity: 1 }] })
      const cart = (await api.get(`/store/carts/${cartId}?fields=*items,*payment_collection`, alice.as)).data.cart
      const address = (
        await api.post(
          "/store/customers/me/addresses",
          { first_name: "Alice", address_1: "12 Pub Street", city: "Siem Reap", country_code: "kh" },
          alice.as
        )
      ).data.customer.addresses[0]
      const options = (await api.get(`/store/shipping-options?cart_id=${cartId}`, alice.as)).data.shipping_options
      const producerProducts = (await api.get("/producer/products", as.producer)).data.products
      Object.assign(ids, {
        region: shop.market.regions.usd.id,
        product: cart.items[0].product_id,
        variant: scarf,
        cart: cartId,
        line: cart.items[0].id,
        payment_collection: cart.payment_collection.id,
        shipping_option: options[0].id,
        address: address.id,
        order: order.id,
        order_line: order.items[0].id,
        group: producer.groupId,
        group_handle: "checkout-weavers",
        producer_product: producerProducts[0]?.id ?? "prod_none",
        maker: "maker_none",
        image_key: "none.jpg",
      })
      // The templates name the setup's ids.
      for (const route of ROUTES) {
        const fill = (value: unknown): unknown =>
          typeof value === "string"
            ? value.replace(/^\{(\w+)\}$/, (_m, name: string) => ids[name])
            : Array.isArray(value)
              ? value.map(fill)
              : value && typeof value === "object"
                ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]))
                : value
        route.body = fill(route.body) as JsonObjectType | undefined
        route.query = fill(route.query) as Record<string, string> | undefined
      }
    })

    it(`answers ${MIN_REQUESTS}+ generated bad requests with 4xx and changes nothing`, async () => {
      const before = await fingerprint()
      const runsPerRoute = Math.ceil(MIN_REQUESTS / ROUTES.length)
      let sent = 0
      const failures: string[] = []
      for (const route of ROUTES) {
        await fc
          .assert(
          fc.asyncProperty(badRequests(route, ids), async (request) => {
            sent += 1
            const headers: Record<string, string> = { ...as[request.as].headers }
            // Bodies go out as JSON text the test wrote itself, so `true` or `[]` are sent as they are.
            let data: string | undefined
            if (request.body) {
              headers["content-type"] = "application/json"
              data = "raw" in request.body ? request.body.raw : JSON.stringify(request.body.json)
            }
            const response = await api.request({
              method: request.method,
              url: request.path,
              params: request.query,
              data,
              headers,
              validateStatus: () => true,
              transformRequest: [(raw: unknown) => raw],
            })
            const sentWhat = JSON.stringify({ path: request.path.slice(0, 120), query: request.query })
            const answer = `${request.method.toUpperCase()} ${route.path} (${request.what}: ${sentWhat}) answered ${response.status}: ${JSON.stringify(response.data).slice(0, 300)}`
            if (response.status < 400 || response.status >= 500) {
              failures.push(answer)
              throw new Error(answer)
            }
          }),
          { numRuns: runsPerRoute, endOnFailure: true }
          )
          // A failing answer is already in `failures`; anything else (the generator, the client)
          // is reported too. Either way, go on with the next route to see them all.
          .catch((error: Error) => {
            if (!failures.some((failure) => error.message.includes(failure.slice(0, 80)))) {
              failures.push(`${route.method.toUpperCase()} ${route.path}: ${error.message.slice(0, 600)}`)
            }
          })
      }
      expect(failures).toEqual([])
      expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS)
      const after = await fingerprint()
      const changed = Object.keys(before).filter((table) => before[table] !== after[table])
      expect(changed).toEqual([])
    })
  },
})
