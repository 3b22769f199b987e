import { fireEvent, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { ProductGrid } from "@/features/catalogue/components/product-grid"
import { renderWithQueryClient } from "@/test/render"

const TOTAL = 15

function productsPage(offset: number, limit: number) {
  const end = Math.min(offset + limit, TOTAL)
  return {
    products: Array.from({ length: end - offset }, (_, i) => ({
      id: `prod_${offset + i}`,
      title: `Craft ${offset + i}`,
      handle: `craft-${offset + i}`,
      thumbnail: null,
      variants: [{ id: `var_${offset + i}`, calculated_price: { calculated_amount: 10, currency_code: "usd" } }],
    })),
    count: TOTAL,
    offset,
    limit,
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** The backend, at the network boundary: answers /store/products by offset and limit. */
function backend({ failFirst = false } = {}) {
  const requests: URL[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    requests.push(url)
    if (failFirst && requests.length === 1) {
      return json({ type: "unexpected_state", message: "Database unavailable" }, 500)
    }
    const offset = Number(url.searchParams.get("offset"))
    const limit = Number(url.searchParams.get("limit"))
    return json(productsPage(offset, limit))
  })
  vi.stubGlobal("fetch", fetchMock)
  return requests
}

function renderGrid() {
  return renderWithQueryClient(
    <>
      <h2 id="products">Crafts</h2>
      <ProductGrid regionId="reg_row" labelledBy="products" />
    </>
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("ProductGrid", () => {
  it("shows a page of products for the region, then the next on request, focusing the first new one", async () => {
    const requests = backend()
    renderGrid()
    expect(screen.getByText("Loading crafts…")).toBeTruthy()

    const list = await screen.findByRole("list", { name: "Crafts" })
    expect(within(list).getAllByRole("listitem")).toHaveLength(12)
    expect(screen.getByRole("status").textContent).toBe("Showing 12 of 15 crafts")
    expect(requests[0]?.pathname).toBe("/store/products")
    expect(requests[0]?.searchParams.get("region_id")).toBe("reg_row")
    expect(requests[0]?.searchParams.get("locale")).toBe("en-US")
    expect(requests[0]?.searchParams.get("offset")).toBe("0")
    expect(requests[0]?.searchParams.get("limit")).toBe("12")

    fireEvent.click(screen.getByRole("button", { name: "Show more crafts" }))
    expect(await screen.findByText("Showing 15 of 15 crafts")).toBeTruthy()
    const items = within(list).getAllByRole("listitem")
    expect(items).toHaveLength(15)
    expect(document.activeElement).toBe(items[12])
    expect(requests[1]?.searchParams.get("offset")).toBe("12")
    expect(screen.queryByRole("button", { name: "Show more crafts" })).toBeNull()
  })

  it("says when loading failed and loads the products on retry", async () => {
    backend({ failFirst: true })
    renderGrid()

    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("We couldn't load the crafts.")
    expect(alert.textContent).toContain("Database unavailable")

    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }))
    const list = await screen.findByRole("list", { name: "Crafts" })
    expect(within(list).getAllByRole("listitem")).toHaveLength(12)
    expect(screen.queryByRole("alert")).toBeNull()
  })
})
