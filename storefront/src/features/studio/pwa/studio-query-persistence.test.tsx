import "fake-indexeddb/auto"
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query"
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type AsyncStorage,
  type PersistedClient,
} from "@tanstack/react-query-persist-client"
import { act, render, renderHook, screen, waitFor } from "@testing-library/react"
import type { ReactNode } from "react"
import { beforeEach, describe, expect, it } from "vitest"
import { PRODUCER_TOKEN_STORAGE } from "@/features/studio/api/producer-client"
import { STUDIO_ME_QUERY_KEY, useStudioLogOut, type ProducerMeType } from "@/features/studio/api/session"
import { StudioPersistProvider } from "@/features/studio/pwa/studio-persist-provider"
import {
  forgetStudioCacheOnLogout,
  producerTokenOwner,
  shouldPersistStudioQuery,
  studioPersistOptions,
  studioQueryPersister,
} from "@/features/studio/pwa/studio-query-persistence"

/** A login token as the SDK keeps it: a JWT whose payload names the member (`actor_id`). */
function logInAs(memberId: string | null) {
  if (memberId === null) {
    window.localStorage.removeItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey)
    return
  }
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
  const token = `${part({ alg: "HS256" })}.${part({ actor_id: memberId, actor_type: "producer" })}.signature`
  window.localStorage.setItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey, token)
}

function me(memberId: string, groupName: string): ProducerMeType {
  return {
    member: { id: memberId, email: `${memberId}@example.com`, first_name: null, last_name: null, phone: null },
    group: { id: `grp_${memberId}`, name: groupName } as ProducerMeType["group"],
  }
}

/** A storage in memory, as IndexedDB would hold it. */
function memoryStorage(): AsyncStorage<string> & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    getItem: async (key) => values.get(key) ?? null,
    setItem: async (key, value) => void values.set(key, value),
    removeItem: async (key) => void values.delete(key),
  }
}

function keptClient(storage: { values: Map<string, string> }): PersistedClient | undefined {
  const [value] = [...storage.values.values()]
  return value === undefined ? undefined : (JSON.parse(value) as PersistedClient)
}

const keptKeys = (storage: { values: Map<string, string> }) =>
  keptClient(storage)?.clientState.queries.map((query) => query.queryKey) ?? []

/** A client holding what a coordinator's studio and the shop had read. */
function clientWithStudioAndShopData(memberId: string) {
  const client = new QueryClient()
  client.setQueryData(STUDIO_ME_QUERY_KEY, me(memberId, "Prey Kabbas Silk Weavers"))
  client.setQueryData(["studio", "orders", "list", { limit: 100 }], { orders: [{ id: "order_1" }], count: 1 })
  client.setQueryData(["products", "list", { region: "reg_1" }], { products: [{ id: "prod_shop" }] })
  return client
}

beforeEach(() => {
  window.localStorage.clear()
})

describe("what the studio keeps on the phone", () => {
  it("keeps only the studio's answered queries", () => {
    const query = (queryKey: unknown[], status: "success" | "error" | "pending") =>
      ({ queryKey, state: { status } }) as unknown as Parameters<typeof shouldPersistStudioQuery>[0]
    expect(shouldPersistStudioQuery(query(["studio", "me"], "success"))).toBe(true)
    expect(shouldPersistStudioQuery(query(["studio", "products", "list", {}], "success"))).toBe(true)
    expect(shouldPersistStudioQuery(query(["studio", "products", "list", {}], "error"))).toBe(false)
    expect(shouldPersistStudioQuery(query(["studio", "ledger"], "pending"))).toBe(false)
    expect(shouldPersistStudioQuery(query(["products", "list"], "success"))).toBe(false)
    expect(shouldPersistStudioQuery(query(["cart"], "success"))).toBe(false)
  })

  it("saves the studio's queries and none of the shop's", async () => {
    const storage = memoryStorage()
    const persister = studioQueryPersister({ storage, throttleTime: 0 })
    await persistQueryClientSave({ queryClient: clientWithStudioAndShopData("mem_1"), ...studioPersistOptions(persister) })
    expect(keptKeys(storage)).toEqual([STUDIO_ME_QUERY_KEY, ["studio", "orders", "list", { limit: 100 }]])
  })

  it("gives the kept data back to the member who is logged in, and to nobody else", async () => {
    const storage = memoryStorage()
    const persister = studioQueryPersister({ storage, throttleTime: 0 })
    await persistQueryClientSave({ queryClient: clientWithStudioAndShopData("mem_1"), ...studioPersistOptions(persister) })

    logInAs("mem_1")
    const same = new QueryClient()
    await persistQueryClientRestore({ queryClient: same, ...studioPersistOptions(persister) })
    expect(same.getQueryData<ProducerMeType>(STUDIO_ME_QUERY_KEY)?.group.name).toBe("Prey Kabbas Silk Weavers")
    expect(same.getQueryData(["studio", "orders", "list", { limit: 100 }])).toEqual({ orders: [{ id: "order_1" }], count: 1 })

    logInAs("mem_2")
    const another = new QueryClient()
    await persistQueryClientRestore({ queryClient: another, ...studioPersistOptions(persister) })
    expect(another.getQueryCache().getAll()).toEqual([])
    // Not left for later either.
    expect(storage.values.size).toBe(0)
  })

  it("restores nothing when nobody is logged in on the phone, and deletes what was kept", async () => {
    const storage = memoryStorage()
    const persister = studioQueryPersister({ storage, throttleTime: 0 })
    await persistQueryClientSave({ queryClient: clientWithStudioAndShopData("mem_1"), ...studioPersistOptions(persister) })
    logInAs(null)
    const client = new QueryClient()
    await persistQueryClientRestore({ queryClient: client, ...studioPersistOptions(persister) })
    expect(client.getQueryCache().getAll()).toEqual([])
    expect(storage.values.size).toBe(0)
  })

  it("drops data kept longer than a week, or by another version of the studio", async () => {
    logInAs("mem_1")
    const storage = memoryStorage()
    const persister = studioQueryPersister({ storage, throttleTime: 0 })
    const options = studioPersistOptions(persister)
    await persistQueryClientSave({ queryClient: clientWithStudioAndShopData("mem_1"), ...options, buster: "an-older-build" })
    const client = new QueryClient()
    await persistQueryClientRestore({ queryClient: client, ...options })
    expect(client.getQueryCache().getAll()).toEqual([])

    await persistQueryClientSave({ queryClient: clientWithStudioAndShopData("mem_1"), ...options })
    const kept = keptClient(storage)
    if (!kept) throw new Error("nothing was kept")
    storage.values.set("studio-queries", JSON.stringify({ ...kept, timestamp: Date.now() - 8 * 24 * 60 * 60 * 1000 }))
    await persistQueryClientRestore({ queryClient: client, ...options })
    expect(client.getQueryCache().getAll()).toEqual([])
    expect(storage.values.size).toBe(0)
  })

  it("deletes what was kept when the coordinator logs out", async () => {
    logInAs("mem_1")
    const storage = memoryStorage()
    const persister = studioQueryPersister({ storage, throttleTime: 0 })
    const client = clientWithStudioAndShopData("mem_1")
    await persistQueryClientSave({ queryClient: client, ...studioPersistOptions(persister) })
    expect(storage.values.size).toBe(1)
    const stop = forgetStudioCacheOnLogout(client, persister)

    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
    const { result } = renderHook(() => useStudioLogOut(), { wrapper })
    await act(() => result.current.mutateAsync())

    expect(storage.values.size).toBe(0)
    expect(producerTokenOwner()).toBeNull()
    // Whatever is saved after the logout holds nothing of the group.
    await persistQueryClientSave({ queryClient: client, ...studioPersistOptions(persister) })
    expect(keptClient(storage)?.clientState.queries.map((query) => [query.queryKey, query.state.data])).toEqual([
      [STUDIO_ME_QUERY_KEY, null],
    ])
    stop()
  })
})

describe("the login token's member", () => {
  it("is read from the token's payload, and is nobody for a missing or broken token", () => {
    logInAs("mem_01KEXAMPLE")
    expect(producerTokenOwner()).toBe("mem_01KEXAMPLE")
    window.localStorage.setItem(PRODUCER_TOKEN_STORAGE.jwtTokenStorageKey, "not-a-jwt")
    expect(producerTokenOwner()).toBeNull()
    logInAs(null)
    expect(producerTokenOwner()).toBeNull()
  })
})

describe("StudioPersistProvider", () => {
  function GroupName() {
    const query = useQuery({
      queryKey: STUDIO_ME_QUERY_KEY,
      queryFn: (): Promise<ProducerMeType> => new Promise(() => undefined),
    })
    return <p>{query.data?.group.name ?? "nothing yet"}</p>
  }

  it("shows what IndexedDB kept for the logged-in member before asking the network", async () => {
    logInAs("mem_1")
    const saved = new QueryClient()
    saved.setQueryData(STUDIO_ME_QUERY_KEY, me("mem_1", "Pu Trom Bunong Weavers"))
    const persister = studioQueryPersister({ throttleTime: 0 })
    await persistQueryClientSave({ queryClient: saved, ...studioPersistOptions(persister) })

    const client = new QueryClient()
    render(
      <QueryClientProvider client={client}>
        <StudioPersistProvider>
          <GroupName />
        </StudioPersistProvider>
      </QueryClientProvider>
    )
    expect(await screen.findByText("Pu Trom Bunong Weavers")).toBeTruthy()
    // Held as long as it may be shown: a week, not the five minutes of an unwatched query.
    await waitFor(() => expect(client.getQueryCache().find({ queryKey: STUDIO_ME_QUERY_KEY })?.gcTime).toBe(7 * 24 * 60 * 60 * 1000))
    await persister.removeClient()
  })
})
