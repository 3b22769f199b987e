import { describe, expect, it } from "vitest"
import { pickDefaultRegion } from "@/lib/region"

const europe = { id: "reg_eu", name: "Europe", currency_code: "eur" }
const restOfWorld = { id: "reg_row", name: "Rest of world", currency_code: "usd" }
const usa = { id: "reg_us", name: "United States", currency_code: "usd" }

describe("pickDefaultRegion", () => {
  it("prefers the USD region named Rest of world wherever it is listed", () => {
    expect(pickDefaultRegion([europe, usa, restOfWorld])).toBe(restOfWorld)
  })

  it("falls back to the first region", () => {
    expect(pickDefaultRegion([europe, usa])).toBe(europe)
  })

  it("ignores a Rest of world region in another currency", () => {
    const restOfWorldEur = { ...restOfWorld, currency_code: "eur" }
    expect(pickDefaultRegion([usa, restOfWorldEur])).toBe(usa)
  })

  it("gives null when the shop has no region", () => {
    expect(pickDefaultRegion([])).toBeNull()
  })
})
