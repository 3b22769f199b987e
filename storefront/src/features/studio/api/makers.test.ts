import { describe, expect, it } from "vitest"
import { EMPTY_MAKER_FORM, makerBody, makerNames, StudioMakerFormSchema } from "@/features/studio/api/makers"

const issues = (form: typeof EMPTY_MAKER_FORM) =>
  StudioMakerFormSchema.safeParse(form).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []

describe("the maker form", () => {
  it("sends empty answers as not said, and no LHT year without the title", () => {
    expect(makerBody({ ...EMPTY_MAKER_FORM, firstName: " Sophea ", crafts: ["hol-silk"], lhtYear: "2015" })).toEqual({
      first_name: "Sophea",
      last_name: null,
      name_km: null,
      crafts: ["hol-silk"],
      people: null,
      gender: null,
      is_living_human_treasure: false,
      lht_year: null,
      story: null,
      portrait_url: null,
    })
  })

  it("sends a Living Human Treasure with the year of the title", () => {
    const body = makerBody({
      ...EMPTY_MAKER_FORM,
      firstName: "Sreymom",
      crafts: ["hol-silk"],
      isLivingHumanTreasure: true,
      lhtYear: "2012",
      gender: "female",
      people: "khmer",
    })
    expect(body).toMatchObject({ is_living_human_treasure: true, lht_year: 2012, gender: "female", people: "khmer" })
  })

  it("names what is missing or wrong", () => {
    expect(issues(EMPTY_MAKER_FORM)).toEqual([
      ["firstName", "firstNameRequired"],
      ["crafts", "craftsRequired"],
    ])
    const treasure = { ...EMPTY_MAKER_FORM, firstName: "A", crafts: ["hol-silk" as const], isLivingHumanTreasure: true }
    expect(issues({ ...treasure, lhtYear: "" })).toEqual([["lhtYear", "lhtYear"]])
    expect(issues({ ...treasure, lhtYear: "2009" })).toEqual([["lhtYear", "lhtYear"]])
    expect(issues({ ...treasure, lhtYear: String(new Date().getFullYear() + 1) })).toEqual([["lhtYear", "lhtYear"]])
    expect(issues({ ...treasure, lhtYear: "2010" })).toEqual([])
  })

  it("puts the Khmer name first for a Khmer reader", () => {
    const maker = { first_name: "Sophea", last_name: "Lim", name_km: "សុភា លឹម" }
    expect(makerNames(maker, true)).toEqual({ main: "សុភា លឹម", other: "Sophea Lim" })
    expect(makerNames(maker, false)).toEqual({ main: "Sophea Lim", other: "សុភា លឹម" })
    expect(makerNames({ ...maker, name_km: null }, true)).toEqual({ main: "Sophea Lim", other: null })
  })
})
