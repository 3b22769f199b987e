import { answerText } from "./scenario.js"

/** The few API calls the harness makes outside the measured load. */

/** The operator of the demo seed (backend/src/scripts/seed/constants.ts). */
const OPERATOR = { email: "admin@sipakam.local", password: "sipakam-demo" }

/** The demo coordinator of Prey Kabbas Silk Weavers (the same seed). */
const PRODUCER = { email: "producer@sipakam.local", password: "sipakam-demo" }

export function storeHeaders(publishableKey: string): Record<string, string> {
  return { "x-publishable-api-key": publishableKey, "content-type": "application/json" }
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    throw new Error(`${what} answered ${response.status}: ${await answerText(response)}`)
  }
  return (await response.json()) as T
}

/** How many products the store sells (published, in the key's sales channel). */
export async function storeProductCount(origin: string, publishableKey: string): Promise<number> {
  const response = await fetch(`${origin}/store/products?limit=1&fields=id`, {
    headers: storeHeaders(publishableKey),
  })
  return (await json<{ count: number }>(response, "GET /store/products")).count
}

/** How many products the search index finds for an empty query. */
export async function searchCount(origin: string, publishableKey: string): Promise<number> {
  const response = await fetch(`${origin}/store/search`, {
    method: "POST",
    headers: storeHeaders(publishableKey),
    body: JSON.stringify({ entity: "product", filters: { q: "" }, pagination: { take: 1 } }),
  })
  const body = await json<{ results: { metadata?: { count?: number } }[] }>(
    response,
    "POST /store/search"
  )
  return body.results[0]?.metadata?.count ?? 0
}

/** The operator's bearer token for admin routes. */
export async function operatorToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OPERATOR),
  })
  return (await json<{ token: string }>(response, "POST /auth/user/emailpass")).token
}

/**
 * Starts a rebuild of the product index through Medusa's admin API; answers at once (202) with
 * the id of the workflow running it and when it was asked for.
 */
export async function startReindex(origin: string, token: string): Promise<{ job_id: string; requested_at: Date }> {
  const requested_at = new Date()
  const response = await fetch(`${origin}/admin/search-indexes/product/reindex`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({}),
  })
  const { job_id } = await json<{ job_id: string }>(response, "POST /admin/search-indexes/product/reindex")
  return { job_id, requested_at }
}

/** Cambodia's region (USD, ships to "kh"): the prices the scenarios ask for. */
export async function cambodiaRegionId(origin: string, publishableKey: string): Promise<string> {
  const response = await fetch(`${origin}/store/regions?fields=id,countries.iso_2`, { headers: storeHeaders(publishableKey) })
  const { regions } = await json<{ regions: { id: string; countries: { iso_2: string }[] }[] }>(
    response,
    "GET /store/regions"
  )
  const region = regions.find((candidate) => candidate.countries.some((country) => country.iso_2 === "kh"))
  if (!region) {
    throw new Error("No region ships to Cambodia: the bench needs the demo catalogue's regions")
  }
  return region.id
}

export type SampleProductType = { handle: string; variantId: string; available: number }

/**
 * Up to `count` products the store sells, newest first, with their first variant and the units
 * it has in stock (products without tracked stock count as plenty).
 */
export async function sampleProducts(
  origin: string,
  publishableKey: string,
  regionId: string,
  count: number
): Promise<SampleProductType[]> {
  const fields = "id,handle,variants.id,variants.manage_inventory,+variants.inventory_quantity"
  type ProductType = {
    handle: string
    variants: { id: string; manage_inventory: boolean | null; inventory_quantity?: number | null }[]
  }
  // A page of at most 100, the store's largest.
  const products: ProductType[] = []
  while (products.length < count) {
    const limit = Math.min(100, count - products.length)
    const response = await fetch(
      `${origin}/store/products?limit=${limit}&offset=${products.length}&order=-id&region_id=${regionId}&fields=${encodeURIComponent(fields)}`,
      { headers: storeHeaders(publishableKey) }
    )
    const page = await json<{ products: ProductType[] }>(response, "GET /store/products")
    products.push(...page.products)
    if (page.products.length < limit) {
      break
    }
  }
  return products.flatMap((product) => {
    const variant = product.variants[0]
    if (!variant) {
      return []
    }
    const available = variant.manage_inventory ? (variant.inventory_quantity ?? 0) : Number.MAX_SAFE_INTEGER
    return [{ handle: product.handle, variantId: variant.id, available }]
  })
}

async function storePost<T>(origin: string, publishableKey: string, path: string, body: unknown, what: string): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: storeHeaders(publishableKey),
    body: JSON.stringify(body),
  })
  return json<T>(response, what)
}

/** An empty cart in the region, with a Cambodian shipping address. */
export async function createCart(origin: string, publishableKey: string, regionId: string): Promise<string> {
  const { cart } = await storePost<{ cart: { id: string } }>(
    origin,
    publishableKey,
    "/store/carts",
    {
      region_id: regionId,
      email: "bench@example.com",
      shipping_address: {
        first_name: "Sokha",
        last_name: "Bench",
        address_1: "1 Street 19",
        city: "Siem Reap",
        postal_code: "17252",
        country_code: "kh",
        phone: "+855 12 000 000",
      },
    },
    "POST /store/carts"
  )
  return cart.id
}

/**
 * A cart ready to complete, as the storefront's checkout leaves it: one line, the first shipping
 * option, a payment session with the system provider.
 */
export async function readyCart(origin: string, publishableKey: string, regionId: string, variantId: string): Promise<string> {
  const cartId = await createCart(origin, publishableKey, regionId)
  await storePost(origin, publishableKey, `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, "POST /store/carts/:id/line-items")
  const options = await fetch(`${origin}/store/shipping-options?cart_id=${cartId}`, { headers: storeHeaders(publishableKey) })
  const { shipping_options } = await json<{ shipping_options: { id: string }[] }>(options, "GET /store/shipping-options")
  if (!shipping_options[0]) {
    throw new Error(`No shipping option for cart ${cartId}`)
  }
  await storePost(origin, publishableKey, `/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id }, "POST /store/carts/:id/shipping-methods")
  const { payment_collection } = await storePost<{ payment_collection: { id: string } }>(
    origin,
    publishableKey,
    "/store/payment-collections",
    { cart_id: cartId },
    "POST /store/payment-collections"
  )
  await storePost(
    origin,
    publishableKey,
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    "POST /store/payment-collections/:id/payment-sessions"
  )
  return cartId
}

/** Where the studio keeps a coordinator's login (storefront/src/features/studio/api/producer-client.ts). */
export const STUDIO_TOKEN_KEY = "sipakam.producer.token"

/** A login token of the demo coordinator, as the studio keeps it on the phone. */
export async function producerToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(PRODUCER),
  })
  return (await json<{ token: string }>(response, "POST /auth/producer/emailpass")).token
}
