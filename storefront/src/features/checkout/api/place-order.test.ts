import { describe, expect, it } from "vitest"
import { confirmationPath } from "@/features/checkout/api/place-order"

describe("confirmationPath", () => {
  it("carries a guest's confirmation token in the query", () => {
    expect(confirmationPath({ orderId: "order_01", token: "abc+/=" })).toBe("/orders/order_01/confirmed?token=abc%2B%2F%3D")
  })

  it("has no token for a signed-in customer", () => {
    expect(confirmationPath({ orderId: "order_01", token: null })).toBe("/orders/order_01/confirmed")
  })
})
