import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { hashInputs } from "../build.js"

describe("hashInputs", () => {
  it("changes when a source changes and ignores build output", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sipakam-hash-"))
    fs.writeFileSync(path.join(dir, "a.ts"), "export const a = 1\n")
    const first = hashInputs([dir])

    fs.mkdirSync(path.join(dir, "dist"))
    fs.writeFileSync(path.join(dir, "dist", "a.js"), "exports.a = 1\n")
    expect(hashInputs([dir])).toBe(first)

    fs.writeFileSync(path.join(dir, "a.ts"), "export const a = 2\n")
    expect(hashInputs([dir])).not.toBe(first)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
