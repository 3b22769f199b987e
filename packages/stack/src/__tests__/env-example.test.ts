import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { REPO_ROOT } from "../paths.js"

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), "utf8")

/** Every variable docker-compose.yml interpolates: `${NAME...}` or `$NAME`, but not `$$` (a literal dollar). */
function composeVariables(compose: string): string[] {
  const names = new Set<string>()
  for (const match of compose.matchAll(/(?<!\$)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)) {
    names.add(match[1] ?? match[2])
  }
  return [...names].sort()
}

/** The variables .env.example assigns (`NAME=` at the start of a line). */
function exampleVariables(example: string): Set<string> {
  return new Set([...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((match) => match[1]))
}

describe(".env.example", () => {
  it("finds both forms of interpolation and skips escaped dollars", () => {
    expect(composeVariables("a: ${ONE:-x}\nb: $TWO\nc: $${NOT_ME} $$ALSO_NOT\nd: ${ONE}")).toEqual(["ONE", "TWO"])
  })

  it("lists every variable docker-compose.yml reads", () => {
    const listed = exampleVariables(read(".env.example"))
    const missing = composeVariables(read("docker-compose.yml")).filter((name) => !listed.has(name))
    expect(missing, "add these to .env.example, each with a comment").toEqual([])
  })
})
