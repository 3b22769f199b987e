import { describe, expect, it } from "vitest"
import { checkPayout, moveItem, StudioContactsSchema } from "@/features/studio/api/profile"

describe("the payout form", () => {
  it("sends each method's own details, trimmed, leaving out empty optional fields", () => {
    expect(
      checkPayout({
        method: "bank_transfer",
        details: { bank_name: " ACLEDA ", account_name: "Weavers", account_number: "0001-02-345678-9", swift_code: "", phone: "stale" },
      })
    ).toEqual({
      ok: true,
      payout: { method: "bank_transfer", details: { bank_name: "ACLEDA", account_name: "Weavers", account_number: "0001-02-345678-9" } },
    })
    expect(checkPayout({ method: "aba", details: { account_name: "Weavers", account_number: "001 234 567" } })).toEqual({
      ok: true,
      payout: { method: "aba", details: { account_name: "Weavers", account_number: "001 234 567" } },
    })
    expect(checkPayout({ method: "khqr", details: { account_name: "Weavers", bakong_account_id: "weavers@aclb" } }).ok).toBe(true)
    expect(checkPayout({ method: "wing", details: { account_name: "Sokha", phone: "+855 97 123 4567" } }).ok).toBe(true)
    expect(checkPayout({ method: "cash", details: { recipient_name: "Sokha Chan", pickup_note: "" } })).toEqual({
      ok: true,
      payout: { method: "cash", details: { recipient_name: "Sokha Chan" } },
    })
  })

  it("names what the backend would refuse", () => {
    expect(checkPayout({ method: "", details: {} })).toEqual({ ok: false, errors: { method: "chooseMethod" } })
    expect(checkPayout({ method: "aba", details: { account_name: "", account_number: "12345678" } })).toEqual({
      ok: false,
      errors: { account_name: "required", account_number: "abaAccountNumber" },
    })
    expect(
      checkPayout({ method: "bank_transfer", details: { bank_name: "A", account_name: "B", account_number: "12", swift_code: "ABC" } })
    ).toEqual({ ok: false, errors: { account_number: "bankAccountNumber", swift_code: "swift" } })
    expect(checkPayout({ method: "khqr", details: { account_name: "W", bakong_account_id: "weavers" } })).toEqual({
      ok: false,
      errors: { bakong_account_id: "bakongId" },
    })
    expect(checkPayout({ method: "wing", details: { account_name: "W", phone: "12" } })).toEqual({
      ok: false,
      errors: { phone: "phone" },
    })
  })
})

describe("the contacts form", () => {
  it("takes empty contacts, and trims an email before checking it", () => {
    expect(StudioContactsSchema.safeParse({ village: "", contactEmail: "", contactPhone: "" }).success).toBe(true)
    expect(StudioContactsSchema.safeParse({ village: "", contactEmail: " a@example.com ", contactPhone: "" }).success).toBe(true)
    expect(
      StudioContactsSchema.safeParse({ village: "", contactEmail: "nope", contactPhone: "12" }).error?.issues.map((issue) => issue.message)
    ).toEqual(["email", "phone"])
  })
})

describe("moveItem", () => {
  it("moves a photo one place, and nothing past either end", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"])
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"])
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"])
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"])
  })
})
