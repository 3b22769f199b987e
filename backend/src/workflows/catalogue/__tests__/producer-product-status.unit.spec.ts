import { ProductStatus } from "@medusajs/framework/utils"
import { statusAfterProducerEdit, statusOfNewProducerProduct } from "../producer-product-status"

const priceAndStock = {
  variants: [
    { id: "variant_1", prices: [{ currency_code: "usd" as const, amount: 2500 }], stock: 3 },
  ],
}
const texts = { title: "New title" }

describe("statusAfterProducerEdit", () => {
  it("never changes the status for prices or stock", () => {
    for (const status of Object.values(ProductStatus)) {
      for (const trusted of [true, false]) {
        expect(statusAfterProducerEdit(status, trusted, priceAndStock)).toEqual(status)
      }
    }
  })

  it("sends an untrusted group's published product back to review when what buyers read changes", () => {
    for (const update of [
      texts,
      { title_km: null },
      { images: [] },
      { heritage: { care: "Hand wash" } },
      { maker_ids: [] },
      { handle: "new-handle" },
      { variants: [{ id: "variant_1", title: "Indigo, 2 m" }] },
    ]) {
      expect(statusAfterProducerEdit(ProductStatus.PUBLISHED, false, update)).toEqual(
        ProductStatus.PROPOSED
      )
      expect(statusAfterProducerEdit(ProductStatus.PUBLISHED, true, update)).toEqual(
        ProductStatus.PUBLISHED
      )
    }
  })

  it("resubmits a rejected product of any group once its texts change", () => {
    expect(statusAfterProducerEdit(ProductStatus.REJECTED, true, texts)).toEqual(
      ProductStatus.PROPOSED
    )
    expect(statusAfterProducerEdit(ProductStatus.REJECTED, false, texts)).toEqual(
      ProductStatus.PROPOSED
    )
  })

  it("leaves proposed and draft products where they are", () => {
    expect(statusAfterProducerEdit(ProductStatus.PROPOSED, false, texts)).toEqual(
      ProductStatus.PROPOSED
    )
    expect(statusAfterProducerEdit(ProductStatus.DRAFT, true, texts)).toEqual(ProductStatus.DRAFT)
  })
})

describe("sending a listing for review", () => {
  const send = { send_for_review: true as const }

  it("starts a new product as a draft only when asked", () => {
    expect(statusOfNewProducerProduct(false, true)).toEqual(ProductStatus.DRAFT)
    expect(statusOfNewProducerProduct(true, true)).toEqual(ProductStatus.DRAFT)
    expect(statusOfNewProducerProduct(false, undefined)).toEqual(ProductStatus.PROPOSED)
    expect(statusOfNewProducerProduct(true, false)).toEqual(ProductStatus.PUBLISHED)
  })

  it("sends a draft to review, or on sale for a trusted group", () => {
    expect(statusAfterProducerEdit(ProductStatus.DRAFT, false, send)).toEqual(ProductStatus.PROPOSED)
    expect(statusAfterProducerEdit(ProductStatus.DRAFT, true, { ...send, ...texts })).toEqual(
      ProductStatus.PUBLISHED
    )
  })

  it("sends a rejected product of any group back to review, even unchanged", () => {
    expect(statusAfterProducerEdit(ProductStatus.REJECTED, true, send)).toEqual(ProductStatus.PROPOSED)
    expect(statusAfterProducerEdit(ProductStatus.REJECTED, false, send)).toEqual(ProductStatus.PROPOSED)
  })

  it("changes nothing for a product in review or on sale", () => {
    expect(statusAfterProducerEdit(ProductStatus.PROPOSED, true, send)).toEqual(ProductStatus.PROPOSED)
    expect(statusAfterProducerEdit(ProductStatus.PUBLISHED, false, send)).toEqual(ProductStatus.PUBLISHED)
  })
})
