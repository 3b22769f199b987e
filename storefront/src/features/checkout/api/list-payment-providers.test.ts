import { describe, expect, it } from "vitest"
import {
  choosePaymentMethod,
  STRIPE_PAYMENT_PROVIDER_ID,
  SYSTEM_PAYMENT_PROVIDER_ID,
} from "@/features/checkout/api/list-payment-providers"

describe("choosePaymentMethod", () => {
  const both = [SYSTEM_PAYMENT_PROVIDER_ID, STRIPE_PAYMENT_PROVIDER_ID]

  it("pays with Stripe when the storefront has a key and the region offers Stripe", () => {
    expect(choosePaymentMethod(both, true)).toBe("stripe")
  })

  it("falls back to the test payment without a Stripe key", () => {
    expect(choosePaymentMethod(both, false)).toBe("test")
  })

  it("falls back to the test payment when the region does not offer Stripe", () => {
    expect(choosePaymentMethod([SYSTEM_PAYMENT_PROVIDER_ID], true)).toBe("test")
  })

  it("offers nothing when the region has neither provider", () => {
    expect(choosePaymentMethod(["pp_other_provider"], true)).toBeNull()
  })
})
