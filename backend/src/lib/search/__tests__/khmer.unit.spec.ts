import { hasKhmer, khmerWords, spaceKhmerWords } from "../khmer"

describe("Khmer word segmentation", () => {
  it("finds the words of a phrase written without spaces", () => {
    expect(khmerWords("កន្សែងសូត្រហូល")).toEqual(["កន្សែង", "សូត្រ", "ហូល"])
  })

  it("leaves other scripts out of the Khmer words", () => {
    expect(khmerWords("hol silk សូត្រហូល scarf")).toEqual(["សូត្រ", "ហូល"])
    expect(khmerWords("hol silk scarf")).toEqual([])
  })

  it("spaces a query's Khmer words and keeps the rest as typed", () => {
    expect(spaceKhmerWords("ក្រមាកប្បាស")).toEqual("ក្រមា កប្បាស")
    expect(spaceKhmerWords("silk ក្រមាកប្បាស krama")).toEqual("silk ក្រមា កប្បាស krama")
    expect(spaceKhmerWords("silck scarf")).toEqual("silck scarf")
  })

  it("tells Khmer text from other text", () => {
    expect(hasKhmer("ស្បែកធំ")).toBe(true)
    expect(hasKhmer("Sbek Thom")).toBe(false)
  })
})
