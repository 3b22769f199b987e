import { makerHandleStem } from "../maker-handle-stem"
import { projectPublicMaker, type MakerSourceType } from "../project-public-maker"

// The private record also holds the maker's people, which must never be projected.
const maker: MakerSourceType & { people: string } = {
  id: "mkr_1",
  first_name: "Sok",
  last_name: "Chea",
  crafts: ["hol-silk"],
  people: "khmer",
  is_living_human_treasure: true,
  lht_year: 2012,
  story: "Weaves hol since she was twelve.",
  portrait_url: "https://example.test/sok.jpg",
  public_profile_consent: true,
  retired_at: null,
}

describe("projectPublicMaker", () => {
  it("publishes the maker's name, story, portrait and LHT title with consent, never their people", () => {
    expect(projectPublicMaker(maker, "Takeo Weavers")).toEqual({
      maker_id: "mkr_1",
      display_name: "Sok Chea",
      story: maker.story,
      portrait_url: maker.portrait_url,
      crafts: ["hol-silk"],
      is_living_human_treasure: true,
      lht_year: 2012,
      has_public_profile: true,
      is_retired: false,
    })
  })

  it("marks a retired maker, consenting or not", () => {
    const retired = { ...maker, retired_at: new Date("2026-01-05") }
    expect(projectPublicMaker(retired, "Takeo Weavers").is_retired).toBe(true)
    expect(projectPublicMaker({ ...retired, public_profile_consent: false }, "Takeo Weavers").is_retired).toBe(true)
  })

  it("publishes only the group and the crafts without consent", () => {
    const projection = projectPublicMaker({ ...maker, public_profile_consent: false }, "Takeo Weavers")
    expect(projection).toEqual({
      maker_id: "mkr_1",
      display_name: "An artisan of Takeo Weavers",
      story: null,
      portrait_url: null,
      crafts: ["hol-silk"],
      is_living_human_treasure: false,
      lht_year: null,
      has_public_profile: false,
      is_retired: false,
    })
    expect(JSON.stringify(projection)).not.toMatch(/Sok|Chea|twelve|sok\.jpg/)
  })
})

describe("makerHandleStem", () => {
  it("turns a name into lowercase ASCII words", () => {
    expect(makerHandleStem("Sok  Chéa")).toBe("sok-chea")
  })

  it("falls back when the name has no Latin letters", () => {
    expect(makerHandleStem("សុខ ជា")).toBe("maker")
  })
})
