import { MIN_ARTISANS_FOR_SHARES, summarizeArtisans } from "../summarize-artisans"

describe("summarizeArtisans", () => {
  it("gives whole percentages of all artisans", () => {
    expect(
      summarizeArtisans([
        { gender: "female", people: "kreung" },
        { gender: "female", people: "bunong" },
        { gender: "female", people: "khmer" },
        { gender: "male", people: null },
      ])
    ).toEqual({ artisans: 4, women_percent: 75, indigenous_percent: 50 })
  })

  it("counts undeclared answers and unknown peoples as not women, not indigenous", () => {
    expect(
      summarizeArtisans([{ gender: null, people: "unknown" }, { people: "kuy" }, { gender: "female" }])
    ).toEqual({ artisans: 3, women_percent: 33, indigenous_percent: 33 })
  })

  it("publishes no shares below the privacy threshold", () => {
    const two = Array.from({ length: MIN_ARTISANS_FOR_SHARES - 1 }, () => ({ gender: "female" }))
    expect(summarizeArtisans(two)).toEqual({ artisans: 2, women_percent: null, indigenous_percent: null })
    expect(summarizeArtisans([])).toEqual({ artisans: 0, women_percent: null, indigenous_percent: null })
  })
})
