import path from "node:path"
import { describe, expect, it } from "vitest"
import { REPO_ROOT } from "../paths.js"
import { readSettings } from "../settings.js"

describe("readSettings", () => {
  it("runs with no environment at all", () => {
    expect(readSettings({})).toEqual({
      backendPort: 9000,
      storefrontPort: 5173,
      dataDir: path.join(REPO_ROOT, ".data"),
      databaseUrl: undefined,
    })
  })

  it("names a bad variable", () => {
    expect(() => readSettings({ PORT: "abc" })).toThrow(/PORT/)
    expect(() => readSettings({ DATABASE_URL: "mysql://db" })).toThrow(/DATABASE_URL: must be a URL/)
  })

  it("refuses the same port for backend and storefront", () => {
    expect(() => readSettings({ PORT: "8000", STOREFRONT_PORT: "8000" })).toThrow(/must differ/)
  })
})
