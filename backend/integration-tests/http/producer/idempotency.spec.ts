import { rmSync } from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import deleteExpiredIdempotencyKeys from "../../../src/jobs/delete-expired-idempotency-keys"
import { createProducerWithLogin, type ProducerLoginType } from "../../fixtures/producers"
import { productBody } from "../catalogue/fixtures"
import { createMarketplace } from "../orders/marketplace"

jest.setTimeout(300_000)

// The test app serves /static from <cwd>/static, where the local file provider writes.
const UPLOAD_DIR = path.join(process.cwd(), "static")

/** Two different 1×1 PNGs. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)
const OTHER_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)
/** Starts like a PNG, so multer takes it; the route refuses it. */
const BROKEN_PNG = Buffer.concat([PNG.subarray(0, 8), Buffer.from("not the rest of a png")])

const IN_PROGRESS = "A request with this Idempotency-Key is still in progress"

type AnswerType = {
  status: number
  /** The body exactly as sent. */
  text: string
  data: any
  replayed: boolean
}

/** How one creating route is called, and how many records of its kind a group has. */
type RouteCaseType = {
  name: string
  path: (as: ProducerLoginType) => string
  /** A request that succeeds the first time. */
  body: (as: ProducerLoginType) => unknown
  /** Another request that would succeed too. */
  otherBody: (as: ProducerLoginType) => unknown
  /** A request that passes validation but fails in the route (a reference it cannot use). */
  failingBody: (as: ProducerLoginType) => unknown
  failingStatus: number
  records: (as: ProducerLoginType) => Promise<number>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let groupA: ProducerLoginType
    let groupB: ProducerLoginType
    let orderId: string
    /** The shared order's line ids: A's scarf and krama, B's pot. */
    let lines: { scarf: string; krama: string; pot: string }
    const uploaded: string[] = []

    const db = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows = async (table: string, where: Record<string, string> = {}) => {
      const [{ count }] = await db()(table).where(where).count("* as count")
      return Number(count)
    }
    const idempotencyRows = () => rows("idempotency_key")

    const send = async (
      url: string,
      body: unknown,
      as: ProducerLoginType,
      key?: string
    ): Promise<AnswerType> => {
      const headers: Record<string, string> = { ...as.headers.headers }
      if (key !== undefined) {
        headers["Idempotency-Key"] = key
      }
      // The body as text: a replay must be the very same bytes.
      const response = await api
        .post(url, body, { headers, transformResponse: [(data: unknown) => data] })
        .catch((error: any) => {
          if (!error.response) {
            throw error
          }
          return error.response
        })
      const text = String(response.data ?? "")
      const data = text ? JSON.parse(text) : undefined
      for (const file of data?.files ?? []) {
        uploaded.push(new URL(file.url).pathname.split("/").pop() as string)
      }
      return { status: response.status, text, data, replayed: response.headers["idempotent-replayed"] === "true" }
    }

    const form = (name: string, content: Buffer) => {
      const data = new FormData()
      data.append("files", new Blob([new Uint8Array(content)], { type: "image/png" }), name)
      return data
    }

    const groupFulfillments = async (as: ProducerLoginType) => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.location_id"],
        filters: { id: orderId },
      })
      return (order.fulfillments ?? []).filter(
        (fulfillment: { location_id: string } | null) => fulfillment?.location_id === as.stockLocationId
      ).length
    }

    /** SKUs are unique store-wide: each group's product gets its own. */
    const skuOf = (as: ProducerLoginType) => (as === groupA ? "IDEM-A" : "IDEM-B")
    const ownLines = (as: ProducerLoginType) => (as === groupA ? [lines.scarf, lines.krama] : [lines.pot])
    const othersLine = (as: ProducerLoginType) => (as === groupA ? lines.pot : lines.scarf)

    const routes: RouteCaseType[] = [
      {
        name: "POST /producer/products",
        path: () => "/producer/products",
        body: (as) => productBody({}, skuOf(as)),
        otherBody: (as) => productBody({ title: "Another scarf" }, skuOf(as)),
        failingBody: (as) => productBody({ maker_ids: ["mkr_unknown"] }, skuOf(as)),
        failingStatus: 404,
        records: async (as) => (await api.get("/producer/products?limit=1", as.headers)).data.count,
      },
      {
        name: "POST /producer/makers",
        path: () => "/producer/makers",
        body: () => ({ first_name: "Sokha", crafts: ["hol-silk"] }),
        otherBody: () => ({ first_name: "Dara", crafts: ["hol-silk"] }),
        failingBody: () => ({
          first_name: "Sokha",
          crafts: ["hol-silk"],
          portrait_url: "https://cdn.example.test/sokha.jpg",
        }),
        failingStatus: 400,
        records: (as) => rows("maker", { group_id: as.groupId }),
      },
      {
        name: "POST /producer/uploads",
        path: () => "/producer/uploads",
        body: () => form("loom.png", PNG),
        otherBody: () => form("loom.png", OTHER_PNG),
        failingBody: () => form("loom.png", BROKEN_PNG),
        failingStatus: 400,
        records: (as) => rows("producer_upload", { group_id: as.groupId }),
      },
      {
        name: "POST /producer/orders/:id/ship",
        path: () => `/producer/orders/${orderId}/ship`,
        body: (as) => ({ line_item_ids: ownLines(as), tracking_number: "VET-0001" }),
        otherBody: (as) => ({ line_item_ids: ownLines(as), tracking_number: "VET-0002" }),
        failingBody: (as) => ({ line_item_ids: [othersLine(as)], tracking_number: "VET-0001" }),
        failingStatus: 404,
        records: groupFulfillments,
      },
      {
        name: "POST /producer/orders/:id/handover",
        path: () => `/producer/orders/${orderId}/handover`,
        body: (as) => ({ line_item_ids: ownLines(as) }),
        otherBody: (as) => ({ line_item_ids: ownLines(as).slice(0, 1) }),
        failingBody: (as) => ({ line_item_ids: [othersLine(as)] }),
        failingStatus: 404,
        records: groupFulfillments,
      },
    ]

    beforeAll(async () => {
      container = getContainer()
      const market = await createMarketplace(container, api)
      groupA = await createProducerWithLogin(container, api, { handle: "weavers-a", email: "a@weavers.test" })
      groupB = await createProducerWithLogin(container, api, { handle: "potters-b", email: "b@potters.test" })
      const products = {
        scarf: await market.createGroupProduct({
          groupId: groupA.groupId,
          stockLocationId: groupA.stockLocationId,
          title: "Hol silk scarf",
          prices: { usd: 4500, eur: 4200 },
        }),
        krama: await market.createGroupProduct({
          groupId: groupA.groupId,
          stockLocationId: groupA.stockLocationId,
          title: "Cotton krama",
          prices: { usd: 1250, eur: 1100 },
        }),
        pot: await market.createGroupProduct({
          groupId: groupB.groupId,
          stockLocationId: groupB.stockLocationId,
          title: "Kampong Chhnang pot",
          prices: { usd: 1999, eur: 1800 },
        }),
      }
      orderId = await market.placeOrder({
        currency: "usd",
        items: [
          { variantId: products.scarf.variantId, quantity: 1 },
          { variantId: products.krama.variantId, quantity: 2 },
          { variantId: products.pot.variantId, quantity: 1 },
        ],
      })
      const linesOf = async (as: ProducerLoginType) => {
        const { data } = await api.get(`/producer/orders/${orderId}`, as.headers).catch(() => ({ data: null }))
        return (data?.order?.items ?? []) as { id: string; title: string }[]
      }
      const recorded = await market.waitFor(
        async () => [...(await linesOf(groupA)), ...(await linesOf(groupB))],
        (items) => items.length === 3
      )
      const idOf = (title: string) => recorded.find((item) => item.title === title)!.id
      lines = { scarf: idOf("Hol silk scarf"), krama: idOf("Cotton krama"), pot: idOf("Kampong Chhnang pot") }
    })

    afterAll(() => {
      for (const name of uploaded) {
        rmSync(path.join(UPLOAD_DIR, name), { force: true })
      }
    })

    describe.each(routes)("$name", (route) => {
      it("answers a retry with the same key the first answer, byte for byte, and creates one record", async () => {
        const before = await route.records(groupA)

        const first = await send(route.path(groupA), route.body(groupA), groupA, "retry-1")
        const retry = await send(route.path(groupA), route.body(groupA), groupA, "retry-1")

        expect(first.status).toBe(200)
        expect(first.replayed).toBe(false)
        expect(retry.status).toBe(first.status)
        expect(retry.text).toBe(first.text)
        expect(retry.replayed).toBe(true)
        expect(await route.records(groupA)).toBe(before + 1)
      })

      it("refuses the same key with another body with 422, creating nothing", async () => {
        const first = await send(route.path(groupA), route.body(groupA), groupA, "changed-body")
        expect(first.status).toBe(200)
        const after = await route.records(groupA)

        const other = await send(route.path(groupA), route.otherBody(groupA), groupA, "changed-body")

        expect(other.status).toBe(422)
        expect(other.data.message).toMatch(/Idempotency-Key was already used for a request with a different body/)
        expect(await route.records(groupA)).toBe(after)
        // The first answer stays the key's.
        expect((await send(route.path(groupA), route.body(groupA), groupA, "changed-body")).text).toBe(first.text)
      })

      it("keeps another group's use of the same key apart: it gets its own record", async () => {
        const beforeB = await route.records(groupB)
        const first = await send(route.path(groupA), route.body(groupA), groupA, "shared-key")
        const afterA = await route.records(groupA)

        const other = await send(route.path(groupB), route.body(groupB), groupB, "shared-key")

        expect(first.status).toBe(200)
        expect(other.status).toBe(200)
        expect(other.replayed).toBe(false)
        expect(other.text).not.toBe(first.text)
        expect(await route.records(groupB)).toBe(beforeB + 1)
        expect(await route.records(groupA)).toBe(afterA)
        // Each group's retry gets its own first answer.
        const retryA = await send(route.path(groupA), route.body(groupA), groupA, "shared-key")
        const retryB = await send(route.path(groupB), route.body(groupB), groupB, "shared-key")
        expect([retryA.replayed, retryA.text]).toEqual([true, first.text])
        expect([retryB.replayed, retryB.text]).toEqual([true, other.text])
        expect(await route.records(groupA)).toBe(afterA)
        expect(await route.records(groupB)).toBe(beforeB + 1)
      })

      it("forgets a failed attempt, so that the corrected retry with the same key runs", async () => {
        const before = await route.records(groupA)

        const failed = await send(route.path(groupA), route.failingBody(groupA), groupA, "fix-and-retry")
        expect(failed.status).toBe(route.failingStatus)
        expect(await route.records(groupA)).toBe(before)
        expect(await idempotencyRows()).toBe(0)

        const fixed = await send(route.path(groupA), route.body(groupA), groupA, "fix-and-retry")

        expect(fixed.status).toBe(200)
        expect(fixed.replayed).toBe(false)
        expect(await route.records(groupA)).toBe(before + 1)
        // The key now holds the corrected request's answer.
        const retry = await send(route.path(groupA), route.body(groupA), groupA, "fix-and-retry")
        expect([retry.replayed, retry.text]).toEqual([true, fixed.text])
        expect(await route.records(groupA)).toBe(before + 1)
      })
    })

    describe("the Idempotency-Key header", () => {
      const maker = { first_name: "Sokha", crafts: ["hol-silk"] }
      const makers = () => rows("maker", { group_id: groupA.groupId })

      it("is refused with 400 unless it is 1 to 255 visible ASCII characters, and nothing is created", async () => {
        const before = await makers()
        for (const key of ["", "two words", "tab\tkey", "clé", "k".repeat(256)]) {
          const response = await send("/producer/makers", maker, groupA, key)
          expect([key, response.status]).toEqual([key, 400])
          expect(response.data.message).toMatch(/Idempotency-Key header must be 1 to 255 visible ASCII characters/)
        }
        expect(await makers()).toBe(before)
        expect(await idempotencyRows()).toBe(0)
        expect((await send("/producer/makers", maker, groupA, "k".repeat(255))).status).toBe(200)
      })

      it("reserves nothing for a body that fails validation (400)", async () => {
        const response = await send("/producer/makers", { first_name: "" }, groupA, "invalid-body")

        expect(response.status).toBe(400)
        expect(await idempotencyRows()).toBe(0)
        const valid = await send("/producer/makers", maker, groupA, "invalid-body")
        expect([valid.status, valid.replayed]).toEqual([200, false])
        expect((await send("/producer/makers", maker, groupA, "invalid-body")).text).toBe(valid.text)
        expect(await idempotencyRows()).toBe(1)
      })

      it("changes nothing without it: two requests make two records", async () => {
        const before = await makers()

        await send("/producer/makers", maker, groupA)
        await send("/producer/makers", maker, groupA)

        expect(await makers()).toBe(before + 2)
        expect(await idempotencyRows()).toBe(0)
      })

      it("is a 400 on an address too long to be remembered, never a 500", async () => {
        const response = await send(`/producer/orders/${"o".repeat(1_200)}/handover`, { line_item_ids: ["x"] }, groupA, "long")

        expect(response.status).toBe(400)
        expect(await idempotencyRows()).toBe(0)
      })

      it("belongs to one route: the same key on another route is another request", async () => {
        const madeMaker = await send("/producer/makers", maker, groupA, "one-key")
        const madeUpload = await send("/producer/uploads", form("loom.png", PNG), groupA, "one-key")

        expect([madeMaker.status, madeUpload.status]).toEqual([200, 200])
        expect(madeUpload.replayed).toBe(false)
        expect(await rows("producer_upload", { group_id: groupA.groupId })).toBe(1)
        // Each route's retry gets that route's answer.
        expect((await send("/producer/makers", maker, groupA, "one-key")).text).toBe(madeMaker.text)
        expect((await send("/producer/uploads", form("loom.png", PNG), groupA, "one-key")).text).toBe(madeUpload.text)
        expect(await rows("producer_upload", { group_id: groupA.groupId })).toBe(1)
      })

      it("runs simultaneous requests with one key once: the others get the same answer or 409", async () => {
        const beforeMakers = await makers()
        const beforeProducts = (await api.get("/producer/products?limit=1", groupA.headers)).data.count

        const answers = await Promise.all([
          ...Array.from({ length: 4 }, () => send("/producer/makers", maker, groupA, "at-once")),
          ...Array.from({ length: 4 }, () => send("/producer/products", productBody({}, "AT-ONCE"), groupA, "at-once")),
        ])

        for (const group of [answers.slice(0, 4), answers.slice(4)]) {
          const ran = group.filter((answer) => answer.status === 200 && !answer.replayed)
          expect(ran).toHaveLength(1)
          for (const answer of group) {
            if (answer.status === 409) {
              expect(answer.data.message).toBe(IN_PROGRESS)
            } else {
              expect([answer.status, answer.text]).toEqual([200, ran[0].text])
            }
          }
        }
        expect(await makers()).toBe(beforeMakers + 1)
        expect((await api.get("/producer/products?limit=1", groupA.headers)).data.count).toBe(beforeProducts + 1)
        // Once it has run, every retry gets its answer.
        const later = await send("/producer/makers", maker, groupA, "at-once")
        expect([later.status, later.replayed]).toEqual([200, true])
      })

      it("answers 409 while the first request with the key is in progress, then lets a retry take over a key abandoned for 5 minutes", async () => {
        const first = await send("/producer/makers", maker, groupA, "in-flight")
        // As the record stands while the request runs.
        await db()("idempotency_key").update({ state: "in_progress", response_status: null, response_body: null })
        const before = await makers()

        const during = await send("/producer/makers", maker, groupA, "in-flight")

        expect(first.status).toBe(200)
        expect(during.status).toBe(409)
        expect(during.data.message).toBe(IN_PROGRESS)
        expect(await makers()).toBe(before)

        // Its process died: after 5 minutes a retry runs.
        await db()("idempotency_key").update({ updated_at: db().raw("now() - interval '6 minutes'") })
        const retried = await send("/producer/makers", maker, groupA, "in-flight")

        expect([retried.status, retried.replayed]).toEqual([200, false])
        expect(await makers()).toBe(before + 1)
      })

      it("forgets an answer after 24 hours, and the cleanup job deletes the records that old", async () => {
        const first = await send("/producer/makers", maker, groupA, "yesterday")
        await send("/producer/makers", maker, groupA, "today")
        await db()("idempotency_key")
          .where({ key: "yesterday" })
          .update({ created_at: db().raw("now() - interval '25 hours'") })
        const before = await makers()

        const again = await send("/producer/makers", { ...maker, first_name: "Dara" }, groupA, "yesterday")

        expect(first.status).toBe(200)
        expect([again.status, again.replayed]).toEqual([200, false])
        expect(await makers()).toBe(before + 1)

        await db()("idempotency_key").update({ created_at: db().raw("now() - interval '25 hours'") })
        await db()("idempotency_key").where({ key: "today" }).update({ created_at: db().raw("now()") })
        await deleteExpiredIdempotencyKeys(container)

        expect(await db()("idempotency_key").pluck("key")).toEqual(["today"])
      })
    })
  },
})
