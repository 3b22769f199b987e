import path from "node:path"
import { describe, expect, it } from "vitest"
import { productsArgument, readBenchSettings } from "../bulk.js"
import { REPO_ROOT } from "../paths.js"

describe("readBenchSettings", () => {
  it("keeps the benchmarks' data apart from the demo's, on their own ports", () => {
    expect(readBenchSettings({})).toEqual({
      backendPort: 9300,
      storefrontPort: 5373,
      dataDir: path.join(REPO_ROOT, ".data", "bench"),
      databaseUrl: undefined,
    })
  })

  it("uses the database sipakam_bench on the server DATABASE_URL names", () => {
    const settings = readBenchSettings({ DATABASE_URL: "postgres://me:secret@db.local:5433/sipakam?sslmode=disable" })
    expect(settings.databaseUrl).toEqual("postgres://me:secret@db.local:5433/sipakam_bench?sslmode=disable")
  })
})

describe("productsArgument", () => {
  it("reads --products N and --products=N, else the fallback", () => {
    expect(productsArgument(["--products", "2000"], 10000)).toEqual(2000)
    expect(productsArgument(["--quick", "--products=500"], 10000)).toEqual(500)
    expect(productsArgument(["--quick"], 10000)).toEqual(10000)
  })

  it("refuses what is not a whole number", () => {
    expect(() => productsArgument(["--products"], 10)).toThrow(/whole number/)
    expect(() => productsArgument(["--products", "ten"], 10)).toThrow(/whole number/)
    expect(() => productsArgument(["--products", "-1"], 10)).toThrow(/whole number/)
  })
})
