import { describe, expect, it } from "vitest"
import {
  handedOverParcels,
  hasLinesToShip,
  pendingLines,
  shipBody,
  StudioShipFormSchema,
  toggleShipLine,
} from "@/features/studio/api/order-actions"
import type { StudioOrderLineType, StudioOrderType } from "@/features/studio/api/orders"

function line(id: string, status: StudioOrderLineType["status"], fulfillment_id: string | null = null): StudioOrderLineType {
  return {
    id,
    title: id,
    product_id: null,
    product_title: null,
    variant_id: null,
    variant_title: null,
    variant_sku: null,
    thumbnail: null,
    quantity: 1,
    returned_quantity: 0,
    amount: 1000,
    status,
    fulfillment_id,
    handed_over_at: status === "pending" ? null : "2026-02-01T03:00:00Z",
    shipped_at: status === "shipped" ? "2026-02-02T03:00:00Z" : null,
    tracking: null,
  }
}

const order: StudioOrderType = {
  id: "order_1",
  display_id: 12,
  created_at: "2026-01-30T03:00:00Z",
  status: "pending",
  currency_code: "usd",
  shipping_address: null,
  amount: 6000,
  items: [
    line("a", "pending"),
    line("b", "pending"),
    line("c", "handed_over", "ful_1"),
    line("d", "handed_over", "ful_1"),
    line("e", "handed_over", "ful_2"),
    line("f", "shipped", "ful_3"),
  ],
}

describe("choosing lines to ship", () => {
  it("adds and removes lines still at the group one by one", () => {
    expect(toggleShipLine(order, [], "a")).toEqual(["a"])
    expect(toggleShipLine(order, ["a"], "b")).toEqual(["a", "b"])
    expect(toggleShipLine(order, ["a", "b"], "a")).toEqual(["b"])
  })

  it("chooses a hand-over whole, and only it", () => {
    expect(toggleShipLine(order, ["a", "b"], "d")).toEqual(["c", "d"])
    expect(toggleShipLine(order, ["c", "d"], "e")).toEqual(["e"])
    expect(toggleShipLine(order, ["c", "d"], "c")).toEqual([])
  })

  it("leaves a hand-over for lines at the group", () => {
    expect(toggleShipLine(order, ["c", "d"], "a")).toEqual(["a"])
  })

  it("never chooses a shipped or unknown line", () => {
    expect(toggleShipLine(order, ["a"], "f")).toEqual(["a"])
    expect(toggleShipLine(order, ["a"], "zz")).toEqual(["a"])
  })

  it("groups handed-over lines by their hand-over", () => {
    expect(handedOverParcels(order).map((parcel) => [parcel.fulfillmentId, parcel.lines.map((l) => l.id)])).toEqual([
      ["ful_1", ["c", "d"]],
      ["ful_2", ["e"]],
    ])
    expect(pendingLines(order).map((l) => l.id)).toEqual(["a", "b"])
    expect(hasLinesToShip(order)).toBe(true)
    expect(hasLinesToShip({ ...order, items: [line("f", "shipped", "ful_3")] })).toBe(false)
  })
})

describe("the shipping form", () => {
  it("sends the tracking number, and the carrier and https address only when given", () => {
    expect(shipBody(["a"], { trackingNumber: " RR123KH ", carrier: "", trackingUrl: "" })).toEqual({
      line_item_ids: ["a"],
      tracking_number: "RR123KH",
    })
    expect(
      shipBody(["a"], { trackingNumber: "RR123KH", carrier: "Cambodia Post", trackingUrl: "https://track.example.com/RR123KH" })
    ).toEqual({
      line_item_ids: ["a"],
      tracking_number: "RR123KH",
      carrier: "Cambodia Post",
      tracking_url: "https://track.example.com/RR123KH",
    })
  })

  it("names what is wrong", () => {
    const issues = (form: { trackingNumber: string; carrier: string; trackingUrl: string }) =>
      StudioShipFormSchema.safeParse(form).error?.issues.map((issue) => [issue.path.join("."), issue.message])
    expect(issues({ trackingNumber: "  ", carrier: "", trackingUrl: "" })).toEqual([["trackingNumber", "trackingRequired"]])
    expect(issues({ trackingNumber: "X1", carrier: "", trackingUrl: "http://track.example.com/X1" })).toEqual([
      ["trackingUrl", "httpsOnly"],
    ])
    expect(issues({ trackingNumber: "X1", carrier: "", trackingUrl: "https://nowhere" })).toEqual([["trackingUrl", "httpsOnly"]])
  })
})
