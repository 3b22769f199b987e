import { screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { ProductTile, type ProductTileType } from "@/components/product-tile"
import { renderWithRouter } from "@/test/render"

const scarf: ProductTileType = {
  handle: "naga-scale-hol-silk-scarf",
  title: "Naga-scale hol silk scarf",
  thumbnail: "http://backend.test/static/scarf.svg",
  groupName: "Prey Kabbas Silk Weavers",
  price: "$48.00",
  isLivingHumanTreasure: false,
  isSoldOut: false,
}

describe("ProductTile", () => {
  it("links its title to the product, with the group, the price and a sized, lazy photo", () => {
    renderWithRouter(<ProductTile product={scarf} />)
    const link = screen.getByRole("link", { name: "Naga-scale hol silk scarf" })
    expect(link.getAttribute("href")).toBe("/products/naga-scale-hol-silk-scarf")
    expect(screen.getByText("Prey Kabbas Silk Weavers")).toBeTruthy()
    expect(screen.getByTestId("product-price").textContent).toBe("$48.00")
    const photo = screen.getByRole("img", { name: "Photo of Naga-scale hol silk scarf" })
    expect([photo.getAttribute("width"), photo.getAttribute("height"), photo.getAttribute("loading")]).toEqual([
      "480",
      "480",
      "lazy",
    ])
  })

  it("marks a Living Human Treasure's work and a sold-out product", () => {
    renderWithRouter(<ProductTile product={{ ...scarf, isLivingHumanTreasure: true, isSoldOut: true }} />)
    expect(screen.getByText("Living Human Treasure")).toBeTruthy()
    expect(screen.getByText("Sold out")).toBeTruthy()
  })
})
