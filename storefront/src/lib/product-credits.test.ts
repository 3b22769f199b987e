import { describe, expect, it } from "vitest"
import { groupLinesByGroup, type ProductCreditsType } from "@/lib/product-credits"

const silk = { handle: "prey-kabbas", name: "Prey Kabbas Silk Weavers" }
const bunong = { handle: "pu-trom", name: "Pu Trom Bunong Weavers" }
const credits: Record<string, ProductCreditsType> = {
  prod_scarf: { group: silk, makers: [] },
  prod_sarong: { group: silk, makers: [] },
  prod_blanket: { group: bunong, makers: [] },
}

describe("groupLinesByGroup", () => {
  it("puts each group's lines together, groups in the order they first appear", () => {
    const lines = [
      { id: "a", product_id: "prod_scarf" },
      { id: "b", product_id: "prod_blanket" },
      { id: "c", product_id: "prod_sarong" },
    ]
    expect(groupLinesByGroup(lines, credits)).toEqual([
      { group: silk, lines: [lines[0], lines[2]] },
      { group: bunong, lines: [lines[1]] },
    ])
  })

  it("keeps lines whose group is unknown (or not loaded yet) under no group", () => {
    const lines = [
      { id: "a", product_id: "prod_gone" },
      { id: "b", product_id: null },
    ]
    expect(groupLinesByGroup(lines, undefined)).toEqual([{ group: null, lines }])
  })
})
