import { bpsToPercent, percentToBps } from "../percent-to-bps"

describe("percentToBps", () => {
  it("turns a typed percentage into exact integer basis points", () => {
    expect(percentToBps("15")).toEqual(1500)
    expect(percentToBps("12.5")).toEqual(1250)
    expect(percentToBps("7,25")).toEqual(725)
    expect(percentToBps(" 0.01 ")).toEqual(1)
    expect(percentToBps("33.33")).toEqual(3333)
  })

  it("refuses what is not a percentage with at most two decimals between 0 and 50", () => {
    expect(percentToBps("50")).toEqual(5000)
    for (const text of ["", "abc", "-5", "1.234", "1e2", "12.", "50.01", "60"]) {
      expect(percentToBps(text)).toBeNull()
    }
  })

  it("shows basis points as a percentage", () => {
    expect(bpsToPercent(1500)).toEqual("15")
    expect(bpsToPercent(1250)).toEqual("12.5")
    expect(bpsToPercent(3333)).toEqual("33.33")
  })
})
