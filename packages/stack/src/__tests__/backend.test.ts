import { describe, expect, it } from "vitest"
import { withBackendHeapSizes } from "../backend.js"

describe("withBackendHeapSizes", () => {
  it("adds the heap sizes to the node options already set", () => {
    expect(withBackendHeapSizes({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      "--enable-source-maps --max-old-space-size=384 --max-semi-space-size=64"
    )
    expect(withBackendHeapSizes({}).NODE_OPTIONS).toBe("--max-old-space-size=384 --max-semi-space-size=64")
  })

  it("keeps each size the environment sets", () => {
    expect(withBackendHeapSizes({ NODE_OPTIONS: "--max-old-space-size=2048" }).NODE_OPTIONS).toBe(
      "--max-old-space-size=2048 --max-semi-space-size=64"
    )
    const both = { NODE_OPTIONS: "--max-semi-space-size=16 --max-old-space-size=2048" }
    expect(withBackendHeapSizes(both)).toEqual(both)
  })
})
