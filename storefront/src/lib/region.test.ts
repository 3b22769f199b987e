import { describe, expect, it } from "vitest"
import { pickDefaultRegion, pickShopRegion, regionOfCountry } from "@/lib/region"

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

const cambodia = { id: "reg_kh", name: "Cambodia", currency_code: "usd", countries: [{ iso2: "kh", name: "Cambodia" }] }
const europeWithCountries = {
  ...europe,
  countries: [
    { iso2: "fr", name: "France" },
    { iso2: "de", name: "Germany" },
  ],
}

describe("regionOfCountry", () => {
  it("finds the region that ships to a country, whatever the case of its code", () => {
    expect(regionOfCountry([cambodia, europeWithCountries], "FR")).toBe(europeWithCountries)
    expect(regionOfCountry([cambodia, europeWithCountries], "kh")).toBe(cambodia)
  })

  it("gives null for a country no region ships to", () => {
    expect(regionOfCountry([cambodia, europeWithCountries], "us")).toBeNull()
  })
})

describe("pickShopRegion", () => {
  it("keeps the region the shopper's address chose", () => {
    expect(pickShopRegion([restOfWorld, europe], "reg_eu")).toBe(europe)
  })

  it("falls back to the default region when the saved one is gone or none was saved", () => {
    expect(pickShopRegion([europe, restOfWorld], "reg_gone")).toBe(restOfWorld)
    expect(pickShopRegion([europe, restOfWorld], null)).toBe(restOfWorld)
  })
})
