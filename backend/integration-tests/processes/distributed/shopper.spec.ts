import { randomBytes } from "node:crypto"
import { queryRows, startBackendProcess, type BackendProcessType } from "@sipakam/stack"
import { Redis } from "ioredis"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { Operator, Shop, waitFor, type StockedVariantType } from "../fixtures/shop.js"

/**
 * Distributed mode: one server (MEDUSA_WORKER_MODE=server) and one worker
 * (MEDUSA_WORKER_MODE=worker), separate processes on one PostgreSQL database and one Redis
 * (event bus, workflow engine, locking, caching). The tests use a Redis database of their own
 * (SIPAKAM_TEST_REDIS_URL, default redis://127.0.0.1:6379/13) and flush only that one.
 */

const REDIS_URL = process.env.SIPAKAM_TEST_REDIS_URL || "redis://127.0.0.1:6379/13"
const SERVER_PORT = 9401
const WORKER_PORT = 9402
const SHOPPERS = 20
/** Where Medusa's Redis event bus keeps its jobs (BullMQ: prefix, then queue name). */
const EVENT_JOBS = "RedisEventBusService:events-queue"

/** The event bus's jobs for an event about one record: id and state ("pending" or "active"). */
async function eventJobs(redis: Redis, name: string, recordId: string) {
  const found: { id: string; state: "pending" | "active" }[] = []
  const active = new Set(await redis.lrange(`${EVENT_JOBS}:active`, 0, -1))
  let cursor = "0"
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${EVENT_JOBS}:*`, "COUNT", 500)
    cursor = next
    for (const key of keys) {
      if ((await redis.type(key)) !== "hash") continue
      const [jobName, data] = await redis.hmget(key, "name", "data")
      if (jobName === name && data?.includes(recordId)) {
        const id = key.slice(EVENT_JOBS.length + 1)
        found.push({ id, state: active.has(id) ? "active" : "pending" })
      }
    }
  } while (cursor !== "0")
  return found
}

/** A client of the tests' Redis database, or why there is none. */
async function connectRedis(): Promise<{ redis: Redis } | { reason: string }> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  redis.on("error", () => undefined)
  try {
    await redis.connect()
    await redis.ping()
    return { redis }
  } catch (error) {
    redis.disconnect()
    return { reason: `Redis is not reachable at ${REDIS_URL} (${error instanceof Error ? error.message : String(error)})` }
  }
}

const connection = await connectRedis()
if ("reason" in connection && process.env.CI) {
  // CI starts a Redis (.ci/run): a green run must have run this suite.
  throw new Error(`[processes] distributed mode tests cannot run in CI: ${connection.reason}`)
}
if ("reason" in connection) {
  console.warn(
    `[processes] distributed mode tests skipped: ${connection.reason}. ` +
      "Start Redis (or set SIPAKAM_TEST_REDIS_URL) to run them."
  )
}

describe.skipIf("reason" in connection)("server and worker processes on PostgreSQL and Redis", () => {
  const redis = "redis" in connection ? connection.redis : undefined
  const env = { ...inject("backendEnv"), REDIS_URL }
  const databaseUrl = inject("databaseUrl")
  const publishableKey = inject("publishableKey")
  let server: BackendProcessType | undefined
  let worker: BackendProcessType | undefined
  let shop: Shop
  let operator: Operator
  let products: StockedVariantType[]

  beforeAll(async () => {
    await redis!.flushdb()
    server = await startBackendProcess({ env, port: SERVER_PORT, mode: "server", label: "server" })
    shop = new Shop(server.url, publishableKey)
    operator = await Operator.login(server.url)
    products = await shop.stockedVariants(2)
  })

  afterAll(async () => {
    await Promise.all([server?.stop(), worker?.stop()])
    await redis?.flushdb()
    redis?.disconnect()
  })

  it("the server only queues events; the worker writes the ledger and updates search", async () => {
    const [product] = products
    const orderId = await shop.placeOrder(product.variantId)

    // The server has emitted order.placed (its job is in Redis); nobody has taken the job, and
    // no ledger entry exists: the server did not do the subscriber's work itself.
    const queued = await waitFor(
      () => eventJobs(redis!, "order.placed", orderId),
      (jobs) => jobs.length > 0,
      30_000
    )
    expect(queued.map((job) => job.state)).toEqual(["pending"])
    const [job] = queued
    expect(await operator.ledgerOf(product.groupId, orderId)).toEqual([])

    worker = await startBackendProcess({ env, port: WORKER_PORT, mode: "worker", label: "worker" })
    const entries = await waitFor(
      () => operator.ledgerOf(product.groupId, orderId),
      (found) => found.length >= 2,
      60_000
    )
    expect(entries.map((entry) => entry.type).sort()).toEqual(["commission", "sale"])
    // The worker took that very job (done jobs are removed).
    const left = await waitFor(
      () => eventJobs(redis!, "order.placed", orderId),
      (jobs) => jobs.every((other) => other.id !== job.id),
      30_000
    )
    expect(left.map((other) => other.id)).not.toContain(job.id)

    // The worker fills the search index at its start; a product renamed through the server
    // is found under its new name once the worker has handled the event.
    const word = `sipakamworker${randomBytes(3).toString("hex")}`
    await operator.renameProduct(product.productId, `Krama ${word}`)
    const hits = await waitFor(
      () => shop.search(word).catch((): string[] => []),
      (ids) => ids.includes(product.productId),
      90_000
    )
    expect(hits).toContain(product.productId)
  })

  it(`sells the last unit once when ${SHOPPERS} shoppers complete their carts at the same moment`, async () => {
    const product = products[1]
    await operator.setAvailable(product, 1)
    const carts: string[] = []
    for (let shopper = 0; shopper < SHOPPERS; shopper++) {
      carts.push(await shop.readyCart(product.variantId))
    }
    const before = await operator.stockOf(product)

    const answers = await Promise.all(carts.map((cartId) => shop.complete(cartId)))

    const orders = answers.filter((answer) => answer.status === 200 && answer.body.type === "order")
    const refused = answers.filter((answer) => answer.status >= 400 && answer.status < 500)
    expect(orders, JSON.stringify(answers.map((answer) => [answer.status, answer.body]))).toHaveLength(1)
    expect(refused).toHaveLength(SHOPPERS - 1)

    const completed = await queryRows<{ count: string }>(
      databaseUrl,
      `SELECT count(*) AS count FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL`,
      [carts]
    )
    expect(Number(completed[0].count)).toBe(1)
    const after = await operator.stockOf(product)
    expect(after.stocked).toBe(before.stocked)
    expect(after.reserved).toBe(before.reserved + 1)
    expect(after.stocked - after.reserved).toBe(0)
  })
})
