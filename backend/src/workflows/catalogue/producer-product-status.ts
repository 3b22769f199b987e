import { ProductStatus } from "@medusajs/framework/utils"
import type { ProducerUpdateProductType } from "../../api/producer/products/validators"

/** What a buyer reads and trusts: changing any of it puts an untrusted group's listing back in review. */
const REVIEWED_FIELDS: (keyof ProducerUpdateProductType)[] = [
  "title",
  "title_km",
  "description",
  "description_km",
  "images",
  "heritage",
  "maker_ids",
  // The handle is the product's address: a new one could pass for another listing's.
  "handle",
]

/** The status a new product starts in: a draft when asked, else in review or, for a trusted group, on sale. */
export function statusOfNewProducerProduct(trusted: boolean, draft: boolean | undefined): ProductStatus {
  if (draft) {
    return ProductStatus.DRAFT
  }
  return trusted ? ProductStatus.PUBLISHED : ProductStatus.PROPOSED
}

/**
 * The status a product has after its group edits it. Prices and stock never change it. An edit of
 * what buyers read (texts, images, heritage, makers, the handle, a variant's title) sends a
 * published product of an untrusted group back to review, and a rejected product of any group
 * back to review (a rejection is answered through the operator, not around them); a draft stays a
 * draft. `send_for_review` sends a draft to review (a trusted group's on sale) and a rejected
 * product back to review; on a product in review or on sale it changes nothing.
 */
export function statusAfterProducerEdit(
  current: ProductStatus,
  trusted: boolean,
  update: ProducerUpdateProductType
): ProductStatus {
  if (update.send_for_review) {
    if (current === ProductStatus.DRAFT) {
      return statusOfNewProducerProduct(trusted, false)
    }
    if (current === ProductStatus.REJECTED) {
      return ProductStatus.PROPOSED
    }
  }
  const reviewedChange =
    REVIEWED_FIELDS.some((field) => update[field] !== undefined) ||
    (update.variants ?? []).some((variant) => variant.title !== undefined)
  if (!reviewedChange) {
    return current
  }
  if (current === ProductStatus.REJECTED) {
    return ProductStatus.PROPOSED
  }
  if (current === ProductStatus.PUBLISHED && !trusted) {
    return ProductStatus.PROPOSED
  }
  return current
}
