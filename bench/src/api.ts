import { answerText } from "./scenario.js"

/** The few API calls the harness makes outside the measured load. */

/** The operator of the demo seed (backend/src/scripts/seed/constants.ts). */
const OPERATOR = { email: "admin@sipakam.local", password: "sipakam-demo" }

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
