import { describe, expect, it } from "vitest"
import { BACKEND_HEAP_LIMIT_MB, withBackendHeapLimit } from "../backend.js"

describe("withBackendHeapLimit", () => {
  it("adds the heap limit to the node options already set", () => {
    expect(withBackendHeapLimit({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      `--enable-source-maps --max-old-space-size=${BACKEND_HEAP_LIMIT_MB}`
    )
    expect(withBackendHeapLimit({}).NODE_OPTIONS).toBe(`--max-old-space-size=${BACKEND_HEAP_LIMIT_MB}`)
  })

  it("keeps a limit the environment sets", () => {
    expect(withBackendHeapLimit({ NODE_OPTIONS: "--max-old-space-size=2048" }).NODE_OPTIONS).toBe(
      "--max-old-space-size=2048"
    )
  })
})
