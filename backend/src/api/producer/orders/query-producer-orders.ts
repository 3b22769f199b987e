import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import {
  lineFulfillment,
  ORDER_FULFILLMENT_FIELDS,
  type LineFulfillmentType,
  type OrderFulfillmentRowType,
} from "../../../workflows/orders/utils/line-fulfillment"

/** Where to deliver: enough to address a parcel and call the recipient, no email. */
export type ProducerShippingAddressType = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

export type ProducerOrderLineType = LineFulfillmentType & {
  id: string
  title: string
  product_id: string | null
  product_title: string | null
  variant_id: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
  /** What the line sold for, for the group: subtotal after discounts, without tax, minor units. */
  amount: number
}

export type ProducerOrderType = {
  id: string
  display_id: number
  created_at: string
  status: string
  currency_code: string
  shipping_address: ProducerShippingAddressType | null
  /** The group's lines only; other groups' lines and the order's totals are never shown. */
  items: ProducerOrderLineType[]
  /** The sum of the group's line amounts. */
  amount: number
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

/** Rows as query.graph returns them for the fields asked (generated types may be absent). */
type SaleRow = { order_id: string; line_item_id: string; amount: number; quantity: number }

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  status: string
  currency_code: string
  shipping_address?: Record<string, string | null> | null
  items?: ({
    id: string
    title: string
    product_id: string | null
    product_title: string | null
    variant_id: string | null
    variant_title: string | null
    variant_sku: string | null
    thumbnail: string | null
    detail?: { return_received_quantity?: number; return_dismissed_quantity?: number } | null
  } | null)[]
  fulfillments?: OrderFulfillmentRowType[]
}

/**
 * A group's view of some orders, in the order of `orderIds`. A group's lines are those the
 * ledger recorded as its sales; orders in which the group sold nothing are left out, so asking
 * for another group's order yields nothing.
 */
export async function queryProducerOrders(
  container: MedusaContainer,
  groupId: string,
  orderIds: string[]
): Promise<ProducerOrderType[]> {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ledger_entry",
    fields: ["order_id", "line_item_id", "amount", "quantity"],
    filters: { producer_group_id: groupId, order_id: orderIds, type: LedgerEntryType.SALE },
  })
  const sales = data as unknown as SaleRow[]
  const saleOfLine = new Map(sales.map((sale) => [sale.line_item_id, sale]))
  const ownOrderIds = [...new Set(sales.map((sale) => sale.order_id))]
  if (!ownOrderIds.length) {
    return []
  }
  const { data: orderRows } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      "currency_code",
      ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
      "items.id",
      "items.title",
      "items.product_id",
      "items.product_title",
      "items.variant_id",
      "items.variant_title",
      "items.variant_sku",
      "items.thumbnail",
      "items.detail.return_received_quantity",
      "items.detail.return_dismissed_quantity",
      ...ORDER_FULFILLMENT_FIELDS,
    ],
    filters: { id: ownOrderIds },
  })
  const orders = new Map((orderRows as unknown as OrderRow[]).map((order) => [order.id, order]))

  return orderIds.flatMap((orderId) => {
    const order = orders.get(orderId)
    if (!order) {
      return []
    }
    const items = (order.items ?? []).flatMap((item) => {
      const sale = item ? saleOfLine.get(item.id) : undefined
      if (!item || !sale) {
        return []
      }
      return [
        {
          id: item.id,
          title: item.title,
          product_id: item.product_id,
          product_title: item.product_title,
          variant_id: item.variant_id,
          variant_title: item.variant_title,
          variant_sku: item.variant_sku,
          thumbnail: item.thumbnail,
          quantity: sale.quantity,
          returned_quantity:
            Number(item.detail?.return_received_quantity ?? 0) +
            Number(item.detail?.return_dismissed_quantity ?? 0),
          amount: sale.amount,
          ...lineFulfillment(item.id, order.fulfillments),
        },
      ]
    })
    const address = order.shipping_address
    return [
      {
        id: order.id,
        display_id: order.display_id,
        created_at: new Date(order.created_at).toISOString(),
        status: order.status,
        currency_code: order.currency_code,
        shipping_address: address
          ? (Object.fromEntries(
              ADDRESS_FIELDS.map((field) => [field, address[field] ?? null])
            ) as ProducerShippingAddressType)
          : null,
        items,
        amount: items.reduce((sum, item) => sum + item.amount, 0),
      },
    ]
  })
}
