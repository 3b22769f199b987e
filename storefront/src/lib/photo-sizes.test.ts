import { beforeAll, describe, expect, it } from "vitest"
import { photoSrcSet } from "@/lib/photo-sizes"

beforeAll(() => {
  window.__SIPAKAM_CONFIG__ = { backendUrl: "https://api.example.org", publishableKey: "pk_test" }
})

describe("photoSrcSet", () => {
  it("offers a photo the backend serves in each width it resizes to", () => {
    expect(photoSrcSet("https://api.example.org/static/1795-grp_1-ab12.jpg")).toBe(
      [240, 360, 720, 1200]
        .map((width) => `https://api.example.org/images/1795-grp_1-ab12.jpg?w=${width} ${width}w`)
        .join(", ")
    )
  })

  it.each([
    ["an SVG drawing", "https://api.example.org/static/1795-loom-1.svg"],
    ["another host's image", "https://cdn.example.test/static/photo.jpg"],
    ["a file outside /static", "https://api.example.org/images/photo.jpg"],
    ["a path that leaves /static", "https://api.example.org/static/../admin/photo.jpg"],
    ["no image", null],
  ])("offers nothing for %s", (_case, url) => {
    expect(photoSrcSet(url)).toBeUndefined()
  })
})
