import { QueryClient, QueryObserver } from "@tanstack/react-query"
import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { formatShownAsOf, studioDataShownAsOf } from "@/features/studio/components/studio-data-as-of"

/** A studio query on screen (observed), answered at `at`. */
function shown(client: QueryClient, queryKey: unknown[], at: number) {
  client.setQueryData(queryKey, { answered: at }, { updatedAt: at })
  // Fresh for good, so watching it asks nothing of the network.
  const observer = new QueryObserver(client, { queryKey, queryFn: () => new Promise(() => undefined), staleTime: Infinity })
  return observer.subscribe(() => undefined)
}

describe("when the studio says its data is as of an earlier time", () => {
  it("says nothing while the data on screen could be refreshed", () => {
    const client = new QueryClient()
    shown(client, ["studio", "me"], 1_000)
    expect(studioDataShownAsOf(client, true)).toBeNull()
  })

  it("gives the oldest time of the studio's data on screen when the phone is offline", () => {
    const client = new QueryClient()
    shown(client, ["studio", "me"], 5_000)
    shown(client, ["studio", "orders", "list"], 2_000)
    // Kept but not on screen, and the shop's: neither counts.
    client.setQueryData(["studio", "ledger"], { answered: 1 }, { updatedAt: 1 })
    shown(client, ["products", "list"], 500)
    expect(studioDataShownAsOf(client, false)).toBe(2_000)
  })

  it("also when a refresh failed for want of a connection on a phone that says it is online", () => {
    const client = new QueryClient()
    shown(client, ["studio", "me"], 5_000)
    const query = client.getQueryCache().find({ queryKey: ["studio", "me"] })
    query?.setState({ status: "error", error: new TypeError("Failed to fetch") })
    expect(studioDataShownAsOf(client, true)).toBe(5_000)
    query?.setState({ status: "error", error: new FetchError("Server error", "Internal Server Error", 500) })
    expect(studioDataShownAsOf(client, true)).toBeNull()
  })

  it("says the time alone for today, and the day too for an earlier one, in Cambodia's time", () => {
    const now = Date.parse("2026-12-07T09:00:00Z") // 16:00 in Phnom Penh
    expect(formatShownAsOf(Date.parse("2026-12-07T03:42:00Z"), "en", now)).toBe("10:42 AM")
    expect(formatShownAsOf(Date.parse("2026-12-05T03:42:00Z"), "en", now)).toBe("Dec 5, 2026, 10:42 AM")
    // 23:30 on the 6th in UTC is already the 7th in Cambodia.
    expect(formatShownAsOf(Date.parse("2026-12-06T23:30:00Z"), "en", now)).toBe("6:30 AM")
  })
})
