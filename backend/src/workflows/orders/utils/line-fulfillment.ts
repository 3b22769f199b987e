import { ProducerLineStatus, type ProducerLineStatusValue } from "./producer-line-status"

/** An order's fulfillment as query.graph returns it with the fields below. */
export type OrderFulfillmentRowType = {
  id: string
  packed_at?: string | Date | null
  shipped_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  items?: ({ line_item_id: string | null } | null)[] | null
  labels?: ({ tracking_number: string; tracking_url: string | null } | null)[] | null
}

/** The order fields `lineFulfillment` reads. */
export const ORDER_FULFILLMENT_FIELDS = [
  "fulfillments.id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

export type LineFulfillmentType = {
  status: ProducerLineStatusValue
  fulfillment_id: string | null
  handed_over_at: string | null
  shipped_at: string | null
  tracking: { number: string; url: string | null; carrier: string | null } | null
}

const iso = (value: string | Date | null | undefined) =>
  value ? new Date(value).toISOString() : null

/**
 * The status of one line from the order's fulfillments (canceled ones do not count): shipped
 * if a fulfillment holding it was shipped, handed over if one was only created, else pending.
 */
export function lineFulfillment(
  lineItemId: string,
  fulfillments: (OrderFulfillmentRowType | null)[] | null | undefined
): LineFulfillmentType {
  const holding = (fulfillments ?? []).filter(
    (fulfillment): fulfillment is OrderFulfillmentRowType =>
      !!fulfillment &&
      !fulfillment.canceled_at &&
      !!fulfillment.items?.some((item) => item?.line_item_id === lineItemId)
  )
  const chosen = holding.find((fulfillment) => fulfillment.shipped_at) ?? holding[0]
  if (!chosen) {
    return {
      status: ProducerLineStatus.PENDING,
      fulfillment_id: null,
      handed_over_at: null,
      shipped_at: null,
      tracking: null,
    }
  }
  const label = chosen.labels?.find((candidate) => !!candidate) ?? null
  const carrier = chosen.metadata?.carrier
  return {
    status: chosen.shipped_at ? ProducerLineStatus.SHIPPED : ProducerLineStatus.HANDED_OVER,
    fulfillment_id: chosen.id,
    handed_over_at: iso(chosen.packed_at),
    shipped_at: iso(chosen.shipped_at),
    tracking:
      chosen.shipped_at && label
        ? {
            number: label.tracking_number,
            url: label.tracking_url || null,
            carrier: typeof carrier === "string" ? carrier : null,
          }
        : null,
  }
}
