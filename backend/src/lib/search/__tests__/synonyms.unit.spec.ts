import { meilisearchSynonyms, synonymsFor } from "../synonyms"

describe("synonyms", () => {
  it("gives a text every term of the groups it mentions", () => {
    expect(synonymsFor("Cotton krama, checked")).toEqual(expect.arrayContaining(["krama", "scarf", "scarves"]))
    expect(synonymsFor("Hol silk scarf")).toEqual(expect.arrayContaining(["krama", "ikat"]))
  })

  it("matches a term of several words only as a phrase", () => {
    expect(synonymsFor("A shadow puppet of Hanuman")).toContain("sbek")
    expect(synonymsFor("A shadow cast by a lamp")).not.toContain("sbek")
  })

  it("matches whole words only", () => {
    expect(synonymsFor("A trowel")).not.toContain("fiddle")
    expect(synonymsFor("Hotel gift")).toEqual([])
  })

  it("maps each term to the others of its group for Meilisearch", () => {
    const synonyms = meilisearchSynonyms()

    expect(synonyms.krama).toEqual(["scarf", "scarves"])
    expect(synonyms.scarf).toEqual(["krama", "scarves"])
    expect(synonyms["shadow puppet"]).toContain("sbek")
  })
})
