import { describe, expect, it } from "vitest"
import { cartItemCount } from "@/lib/cart"

describe("cartItemCount", () => {
  it("adds up the quantities of every line", () => {
    expect(cartItemCount({ items: [{ quantity: 2 }, { quantity: 3 }] })).toBe(5)
  })

  it("is zero without a cart", () => {
    expect(cartItemCount(null)).toBe(0)
  })
})
