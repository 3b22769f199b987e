import { ContainerRegistrationKeys, MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryTypeValue } from "../../../modules/settlement/ledger-entry-type"
import { lineSaleAmount, type SaleLineInputType } from "../utils/line-sale-amount"

/** An order line as settlement sees it; the group is null for a product no group owns. */
export type SettlementLineType = {
  id: string
  title: string
  quantity: number
  /** Units received back or dismissed by returns so far. */
  returned_quantity: number
  producer_group_id: string | null
  commission_rate_bps: number | null
  /** The line's subtotal after discounts, without tax, in minor units, for all its units. */
  sale_amount: number
}

export type RecordedLedgerEntryType = {
  idempotency_key: string
  type: LedgerEntryTypeValue
  producer_group_id: string
  line_item_id: string | null
  amount: number
  quantity: number | null
}

export type OrderSettlementType = {
  order_id: string
  currency_code: string
  canceled: boolean
  lines: SettlementLineType[]
  linked_group_ids: string[]
  entries: RecordedLedgerEntryType[]
}

type OrderItemRow = SaleLineInputType & {
  id: string
  title: string
  product_id: string | null
  detail?: {
    return_received_quantity?: number | null
    return_dismissed_quantity?: number | null
  } | null
}

type ProductRow = {
  id: string
  producer_group?: { id: string; commission_rate_bps: number } | null
}

function wholeUnits(value: unknown, what: string): number {
  const units = Number(value ?? 0)
  if (!Number.isSafeInteger(units) || units < 0) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${what} is not a whole number: ${value}`
    )
  }
  return units
}

/**
 * Everything settlement needs about one order: its lines with the group that owns each
 * product and that group's commission rate, the groups already linked, the entries already
 * recorded. Reads only.
 */
export const getOrderSettlementStep = createStep(
  "get-order-settlement",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "status",
        "items.*",
        "items.detail.*",
        "items.tax_lines.*",
        "items.adjustments.*",
        "producer_groups.id",
      ],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const items = (order.items ?? []) as unknown as OrderItemRow[]
    const productIds = [
      ...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : []))),
    ]
    const products = productIds.length
      ? ((
          await query.graph({
            entity: "product",
            fields: ["id", "producer_group.id", "producer_group.commission_rate_bps"],
            filters: { id: productIds },
            withDeleted: true,
          })
        ).data as unknown as ProductRow[])
      : []
    const groupOf = new Map(products.map((product) => [product.id, product.producer_group ?? null]))

    const { data: entries } = await query.graph({
      entity: "ledger_entry",
      fields: [
        "idempotency_key",
        "type",
        "producer_group_id",
        "line_item_id",
        "amount",
        "quantity",
      ],
      filters: { order_id: input.order_id },
    })

    const currency = order.currency_code as string
    const linked = order as unknown as { producer_groups?: ({ id: string } | null)[] }
    const settlement: OrderSettlementType = {
      order_id: order.id,
      currency_code: currency,
      canceled: order.status === OrderStatus.CANCELED,
      lines: items.map((item) => {
        const group = item.product_id ? groupOf.get(item.product_id) : null
        return {
          id: item.id,
          title: item.title,
          quantity: wholeUnits(item.quantity, `Quantity of ${item.id}`),
          returned_quantity:
            wholeUnits(item.detail?.return_received_quantity, `Returned quantity of ${item.id}`) +
            wholeUnits(item.detail?.return_dismissed_quantity, `Dismissed quantity of ${item.id}`),
          producer_group_id: group?.id ?? null,
          commission_rate_bps: group?.commission_rate_bps ?? null,
          sale_amount: lineSaleAmount(item, currency),
        }
      }),
      linked_group_ids: (linked.producer_groups ?? []).flatMap((group) => (group ? [group.id] : [])),
      entries: entries as unknown as RecordedLedgerEntryType[],
    }
    return new StepResponse(settlement)
  }
)
