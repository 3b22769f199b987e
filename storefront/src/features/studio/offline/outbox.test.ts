import "fake-indexeddb/auto"
import { describe, expect, it, vi } from "vitest"
import type { OutboxTransportType } from "./outbox-sender"
import { StudioRequestError } from "./request-failure"

/** The producer API as the outbox sends to it, losing the connection while `offline` is set. */
const api = vi.hoisted(() => ({ offline: true, updates: [] as string[] }))

vi.mock("./outbox-transport", () => ({
  producerOutboxTransport: (): OutboxTransportType => ({
    upload: async () => {
      throw new Error("no photos in this test")
    },
    create: async () => {
      throw new Error("no new listings in this test")
    },
    async update(productId) {
      if (api.offline) throw new StudioRequestError("The request did not reach the server", 0)
      api.updates.push(productId)
      return { id: productId }
    },
  }),
}))

const { readOutboxEntry, saveToOutbox, sendOutbox, startOutbox, stopOutbox } = await import("./outbox")

const stockChange = {
  id: "entry-stock",
  kind: "update" as const,
  productId: "prod_of_member_a",
  title: "Hol silk scarf",
  body: { variants: [{ id: "variant_1", stock: 4 }] },
  photos: null,
  requestKey: "key-1",
  createdAt: 1,
  state: "waiting" as const,
  failure: null,
  attempts: 0,
  retryAt: 0,
  draftKey: null,
}

describe("the outbox on a phone two members use", () => {
  it("keeps a member's entry for them: another member's login neither sees nor sends it", async () => {
    startOutbox("pmem_a")
    await saveToOutbox(stockChange)
    await sendOutbox({ now: true })
    expect(await readOutboxEntry("entry-stock")).toMatchObject({ memberId: "pmem_a", state: "waiting" })

    stopOutbox()
    api.offline = false
    startOutbox("pmem_b")
    await sendOutbox({ now: true })
    expect(api.updates).toEqual([])
    expect(await readOutboxEntry("entry-stock")).toBeUndefined()

    stopOutbox()
    startOutbox("pmem_a")
    await sendOutbox({ now: true })
    expect(api.updates).toEqual(["prod_of_member_a"])
    expect(await readOutboxEntry("entry-stock")).toBeUndefined()
  })

  it("keeps nothing while no member is logged in", async () => {
    stopOutbox()
    await expect(saveToOutbox({ ...stockChange, id: "entry-nobody" })).rejects.toThrow(/logged in/)
  })
})
