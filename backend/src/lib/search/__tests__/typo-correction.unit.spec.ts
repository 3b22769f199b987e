import { buildLexicon, correctQuery, lexiconWords, typoDistance } from "../typo-correction"

const lexicon = buildLexicon([
  "Naga-scale hol silk scarf",
  "Lotus silk scarf",
  "Silk krama",
  "Bunong rattan basket",
  "Sbek Thom shadow puppet",
  "Écharpe en soie",
  "Kampong Chhnang pottery",
])
const typing = { lastWordIsPrefix: true }
const wholeWords = { lastWordIsPrefix: false }

describe("lexiconWords", () => {
  it("lower-cases, drops accents and leaves Khmer out", () => {
    expect(lexiconWords("Écharpe en SOIE សូត្រ")).toEqual(["echarpe", "en", "soie"])
  })
})

describe("typoDistance", () => {
  it("counts a missing, added or replaced letter and a swap of neighbours as one typo each", () => {
    expect(typoDistance("silk", "silk")).toBe(0)
    expect(typoDistance("silck", "silk")).toBe(1)
    expect(typoDistance("sil", "silk")).toBe(1)
    expect(typoDistance("silj", "silk")).toBe(1)
    expect(typoDistance("scraf", "scarf")).toBe(1)
    expect(typoDistance("pottterry", "pottery")).toBe(2)
    expect(typoDistance("", "abc")).toBe(3)
  })
})

describe("correctQuery", () => {
  it("replaces a misspelt word by the closest known word", () => {
    expect(correctQuery("silck scarf", lexicon, wholeWords)).toEqual("silk scarf")
    expect(correctQuery("rattan baskte", lexicon, wholeWords)).toEqual("rattan basket")
  })

  it("allows two typos only in long words", () => {
    expect(correctQuery("puppte", lexicon, wholeWords)).toEqual("puppet")
    expect(correctQuery("shxdxw", lexicon, wholeWords)).toBeNull()
    expect(correctQuery("pottterry", lexicon, wholeWords)).toEqual("pottery")
  })

  it("leaves short words, known words and Khmer alone", () => {
    expect(correctQuery("silk scraf", lexicon, wholeWords)).toEqual("silk scarf")
    expect(correctQuery("slik", lexicon, wholeWords)).toBeNull()
    expect(correctQuery("សូត្រ", lexicon, wholeWords)).toBeNull()
  })

  it("keeps a last word being typed that begins a known word", () => {
    expect(correctQuery("bask", lexicon, typing)).toBeNull()
    expect(correctQuery("silk scarv", lexicon, wholeWords)).toEqual("silk scarf")
  })

  it("answers null when nothing is close enough", () => {
    expect(correctQuery("helicopter", lexicon, wholeWords)).toBeNull()
  })
})
