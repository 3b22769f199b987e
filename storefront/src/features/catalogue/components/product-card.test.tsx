import { screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { ProductSummaryType } from "@/features/catalogue/api/list-products"
import { ProductCard } from "@/features/catalogue/components/product-card"
import { renderWithRouter } from "@/test/render"

const scarf: ProductSummaryType = {
  id: "prod_1",
  title: "Hol silk scarf",
  handle: "hol-silk-scarf",
  thumbnail: "http://localhost:9000/static/scarf.png",
  price: { amount: 25.5, currencyCode: "usd", isFrom: false },
}

describe("ProductCard", () => {
  it("shows the title, a described photo and the price in the region's currency", () => {
    renderWithRouter(<ProductCard product={scarf} />)
    expect(screen.getByRole("heading", { name: "Hol silk scarf" })).toBeTruthy()
    const photo = screen.getByRole<HTMLImageElement>("img", { name: "Photo of Hol silk scarf" })
    expect(photo.src).toBe("http://localhost:9000/static/scarf.png")
    expect(screen.getByText("$25.50")).toBeTruthy()
  })

  it("says a price is a starting price when variants cost different amounts", () => {
    renderWithRouter(<ProductCard product={{ ...scarf, price: { amount: 35, currencyCode: "usd", isFrom: true } }} />)
    expect(screen.getByText("From $35.00")).toBeTruthy()
  })

  it("says so when there is no photo or no price", () => {
    renderWithRouter(<ProductCard product={{ ...scarf, thumbnail: null, price: null }} />)
    expect(screen.queryByRole("img")).toBeNull()
    expect(screen.getByText("No photo yet")).toBeTruthy()
    expect(screen.getByText("Price not available")).toBeTruthy()
  })

  it("loads above-the-fold photos eagerly", () => {
    renderWithRouter(<ProductCard product={scarf} isPriority />)
    expect(screen.getByRole("img").getAttribute("loading")).toBe("eager")
  })

  it("loads the other photos lazily", () => {
    renderWithRouter(<ProductCard product={scarf} />)
    expect(screen.getByRole("img").getAttribute("loading")).toBe("lazy")
  })

  it("links to the product's page", () => {
    renderWithRouter(<ProductCard product={scarf} />)
    expect(screen.getByRole("link", { name: "Hol silk scarf" }).getAttribute("href")).toBe("/products/hol-silk-scarf")
  })
})
