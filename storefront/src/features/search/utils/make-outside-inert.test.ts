import { afterEach, describe, expect, it } from "vitest"
import { makeOutsideInert } from "@/features/search/utils/make-outside-inert"

afterEach(() => {
  document.body.innerHTML = ""
})

describe("makeOutsideInert", () => {
  it("makes everything but the dialog and its ancestors inert, and undoes it", () => {
    document.body.innerHTML = `
      <header id="header"></header>
      <main id="main"><div id="results"></div><div id="dialog"><button>Close</button></div></main>
      <footer id="footer" inert></footer>`
    const isInert = (id: string) => document.getElementById(id)?.hasAttribute("inert")

    const restore = makeOutsideInert(document.getElementById("dialog") as HTMLElement)

    expect(["header", "results", "footer"].map(isInert)).toEqual([true, true, true])
    expect(["main", "dialog"].map(isInert)).toEqual([false, false])

    restore()

    // The footer was inert before: it stays so.
    expect(["header", "results", "footer"].map(isInert)).toEqual([false, false, true])
  })
})
