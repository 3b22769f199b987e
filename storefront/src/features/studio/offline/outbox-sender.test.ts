import "fake-indexeddb/auto"
import { createStore } from "idb-keyval"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createOutboxSender, type OutboxEventType, type OutboxTransportType } from "./outbox-sender"
import { indexedDbOutboxStore, type OutboxEntryType } from "./outbox-store"
import { producerOutboxTransport } from "./outbox-transport"
import { StudioRequestError } from "./request-failure"

/**
 * A fake producer API behind `fetch`, as the SDK calls it: `POST /producer/products` creates a
 * product once per Idempotency-Key (the same key answers the first product), or refuses it.
 */
function fakeProducerApi() {
  const products: { id: string; body: Record<string, unknown> }[] = []
  const byKey = new Map<string, string>()
  const api = {
    products,
    requests: 0,
    refuse: null as null | { status: number; message: string },
    fetch: vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      api.requests += 1
      const url = new URL(String(input instanceof Request ? input.url : input))
      const headers = new Headers(init?.headers)
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
      if (url.pathname !== "/producer/products" || init?.method !== "POST") return json(404, { message: "Not found" })
      if (api.refuse) return json(api.refuse.status, { message: api.refuse.message })
      const key = headers.get("idempotency-key") ?? ""
      const known = byKey.get(key)
      if (known) return json(200, { product: { id: known } })
      const id = `prod_${products.length + 1}`
      products.push({ id, body: JSON.parse(String(init.body)) as Record<string, unknown> })
      byKey.set(key, id)
      return json(200, { product: { id } })
    }),
  }
  return api
}

/** An upload that fails as a lost connection `failures` times, then answers a URL per key. */
function flakyUpload(failures: number) {
  const calls: string[] = []
  let left = failures
  const upload: OutboxTransportType["upload"] = async (photo, key, onProgress) => {
    calls.push(key)
    if (left > 0) {
      left -= 1
      throw new StudioRequestError("The upload did not reach the server", 0)
    }
    onProgress(1)
    return `http://backend.test/static/${key}-${photo.name}`
  }
  return { upload, calls }
}

let storeNumber = 0
function freshStore() {
  storeNumber += 1
  return indexedDbOutboxStore(createStore(`outbox-test-${storeNumber}`, "entries"))
}

function entry(overrides: Partial<OutboxEntryType> = {}): OutboxEntryType {
  return {
    id: "entry-1",
    kind: "create",
    productId: null,
    title: "Hol silk scarf",
    body: { title: "Hol silk scarf", description: "Woven in Takeo.", variants: [] },
    photos: [
      { id: "p1", uploadKey: "upload-key-1", name: "front.jpg", blob: new Blob(["front"], { type: "image/jpeg" }), url: null },
      { id: "p2", uploadKey: "upload-key-2", name: "back.jpg", blob: new Blob(["back"], { type: "image/jpeg" }), url: null },
    ],
    requestKey: "create-key-1",
    createdAt: 1,
    state: "waiting",
    failure: null,
    attempts: 0,
    retryAt: 0,
    draftKey: null,
    memberId: "pmem_1",
    ...overrides,
  }
}

describe("the outbox sender", () => {
  let api: ReturnType<typeof fakeProducerApi>
  let clock: number

  beforeEach(() => {
    api = fakeProducerApi()
    vi.stubGlobal("fetch", api.fetch)
    clock = 1_000_000
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const senderOf = (store: ReturnType<typeof freshStore>, upload: OutboxTransportType["upload"], events: OutboxEventType[] = []) =>
    createOutboxSender({
      store,
      transport: producerOutboxTransport(upload),
      isOnline: () => true,
      now: () => clock,
      onEvent: (event) => events.push(event),
    })

  it("retries a flaky upload later, keeps the photos already uploaded, and creates the listing once", async () => {
    const store = freshStore()
    await store.put(entry())
    const { upload, calls } = flakyUpload(1)
    const sender = senderOf(store, upload)

    await sender.run()
    expect(calls).toEqual(["upload-key-1"])
    const waiting = await store.get("entry-1")
    expect(waiting).toMatchObject({ state: "waiting", attempts: 1 })
    expect(waiting?.retryAt).toBeGreaterThan(clock)
    expect(api.products).toHaveLength(0)

    // Not yet due: nothing is sent.
    await sender.run()
    expect(calls).toHaveLength(1)

    clock = (await sender.nextRetryAt()) ?? clock
    await sender.run()
    expect(calls).toEqual(["upload-key-1", "upload-key-1", "upload-key-2"])
    expect(api.products).toHaveLength(1)
    expect(api.products[0]?.body.images).toEqual([
      "http://backend.test/static/upload-key-1-front.jpg",
      "http://backend.test/static/upload-key-2-back.jpg",
    ])
    expect(await store.list()).toEqual([])
  })

  it("resumes after a reload mid-way: an uploaded photo is not sent again", async () => {
    const store = freshStore()
    await store.put(entry())
    let uploads = 0
    // The second photo's upload never answers: the phone was closed while it was sent.
    const interrupted: OutboxTransportType["upload"] = async (photo, key) => {
      uploads += 1
      if (uploads === 2) throw new StudioRequestError("The upload did not reach the server", 0)
      return `http://backend.test/static/${key}`
    }
    await senderOf(store, interrupted).run()
    const kept = await store.get("entry-1")
    expect(kept?.photos?.map((photo) => [photo.url, photo.blob === null])).toEqual([
      ["http://backend.test/static/upload-key-1", true],
      [null, false],
    ])

    const { upload, calls } = flakyUpload(0)
    await senderOf(store, upload).run({ now: true })
    expect(calls).toEqual(["upload-key-2"])
    expect(api.products).toHaveLength(1)
  })

  it("sends an entry once when the sender is started twice, and when two senders share the phone", async () => {
    const store = freshStore()
    await store.put(entry())
    await store.put(entry({ id: "entry-2", requestKey: "create-key-2", createdAt: 2, photos: [] }))
    const { upload, calls } = flakyUpload(0)
    const events: OutboxEventType[] = []
    const sender = senderOf(store, upload, events)
    const other = senderOf(store, upload)

    await Promise.all([sender.run(), sender.run(), sender.run({ now: true }), other.run()])

    expect(api.products).toHaveLength(2)
    expect(calls.sort()).toEqual(["upload-key-1", "upload-key-2"])
    expect(events.filter((event) => event.type === "sent").map((event) => event.type === "sent" && event.entry.id)).toEqual([
      "entry-1",
      "entry-2",
    ])
    expect(await store.list()).toEqual([])
  })

  it("a create whose answer was lost is sent again under the same key and makes no second listing", async () => {
    const store = freshStore()
    await store.put(entry({ photos: [] }))
    const { upload } = flakyUpload(0)
    // The server creates the product, but the answer never reaches the phone.
    const realFetch = api.fetch.getMockImplementation()
    api.fetch.mockImplementationOnce(async (...args) => {
      await realFetch?.(...args)
      throw new TypeError("Failed to fetch")
    })
    const sender = senderOf(store, upload)
    await sender.run()
    expect(api.products).toHaveLength(1)
    expect(await store.list()).toHaveLength(1)

    await sender.run({ now: true })
    expect(api.products).toHaveLength(1)
    expect(api.requests).toBe(2)
    expect(await store.list()).toEqual([])
  })

  it("marks an entry the server refuses (4xx) as not sent, with the reason, and goes on with the next", async () => {
    const store = freshStore()
    await store.put(entry({ photos: [] }))
    const { upload } = flakyUpload(0)
    api.refuse = { status: 400, message: "Invalid request: heritage.materials is required" }
    await senderOf(store, upload).run()
    expect(await store.get("entry-1")).toMatchObject({
      state: "failed",
      failure: "Invalid request: heritage.materials is required",
    })

    api.refuse = null
    await store.put(entry({ id: "entry-2", requestKey: "create-key-2", createdAt: 2, photos: [] }))
    await senderOf(store, upload).run({ now: true })
    // The refused entry stays for the coordinator to fix; it is never dropped or resent as it is.
    expect((await store.list()).map((kept) => [kept.id, kept.state])).toEqual([["entry-1", "failed"]])
    expect(api.products).toHaveLength(1)
  })

  it("sends nothing while the phone is offline", async () => {
    const store = freshStore()
    await store.put(entry())
    const { upload, calls } = flakyUpload(0)
    const sender = createOutboxSender({ store, transport: producerOutboxTransport(upload), isOnline: () => false })
    await sender.run()
    expect(calls).toEqual([])
    expect(api.requests).toBe(0)
    expect(await store.list()).toHaveLength(1)
  })
})
