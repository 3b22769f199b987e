import { afterEach, describe, expect, it, vi } from "vitest"

afterEach(() => {
  vi.restoreAllMocks()
  vi.resetModules()
})

describe("studio dates", () => {
  it("are Cambodia's: 17:30 UTC on 31 January is 1 February in Phnom Penh", async () => {
    const { formatStudioDate, formatStudioMonth } = await import("@/features/studio/components/studio-dates")
    expect(formatStudioDate("2026-01-31T17:30:00Z", "en")).toBe("Feb 1, 2026")
    expect(formatStudioMonth("2026-01-31T17:30:00Z", "en")).toBe("February 2026")
  })

  it("are written in Khmer by hand where the browser has no Khmer of its own", async () => {
    vi.spyOn(Intl.DateTimeFormat, "supportedLocalesOf").mockReturnValue([])
    const { formatStudioDate, formatStudioDateTime, formatStudioMonth } = await import(
      "@/features/studio/components/studio-dates"
    )
    expect(formatStudioDate("2026-12-07T12:32:00Z", "km")).toBe("7 ធ្នូ 2026")
    expect(formatStudioDateTime("2026-12-07T12:32:00Z", "km")).toBe("7 ធ្នូ 2026 ម៉ោង 19:32")
    expect(formatStudioMonth("2026-01-31T17:30:00Z", "km")).toBe("កុម្ភៈ 2026")
    expect(formatStudioDate("2026-12-07T12:32:00Z", "en")).toBe("Dec 7, 2026")
  })
})
