import { ContainerRegistrationKeys, MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LedgerEntryType } from "../../../modules/settlement/ledger-entry-type"
import {
  lineFulfillment,
  ORDER_FULFILLMENT_FIELDS,
  type LineFulfillmentType,
  type OrderFulfillmentRowType,
} from "../utils/line-fulfillment"

export type GetProducerOrderLinesStepInput = {
  order_id: string
  producer_group_id: string
  line_item_ids: string[]
}

export type ProducerOrderLineType = LineFulfillmentType & { id: string; quantity: number }

export type ProducerOrderLinesType = {
  order_id: string
  /** The group's own stock location, where its lines are fulfilled from. */
  location_id: string
  /** The requested lines, in the order asked. */
  lines: ProducerOrderLineType[]
  fulfillments: OrderFulfillmentRowType[]
}

/**
 * The requested lines of an order, as the group sees them. An order with no line of the group,
 * or a line that is not the group's, is not found: a group learns nothing about other groups'
 * orders and lines, not even that they exist. A group's lines, with their quantities, are those
 * the ledger recorded as its sales when the order was placed.
 */
export const getProducerOrderLinesStep = createStep(
  "get-producer-order-lines",
  async (input: GetProducerOrderLinesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: saleRows } = await query.graph({
      entity: "ledger_entry",
      fields: ["line_item_id", "quantity"],
      filters: {
        producer_group_id: input.producer_group_id,
        order_id: input.order_id,
        type: LedgerEntryType.SALE,
      },
    })
    const sales = saleRows as unknown as { line_item_id: string; quantity: number }[]
    const quantityOf = new Map(sales.map((sale) => [sale.line_item_id, sale.quantity]))
    if (!quantityOf.size) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const foreign = input.line_item_ids.filter((id) => !quantityOf.has(id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Line items not found in order ${input.order_id}: ${foreign.join(", ")}`
      )
    }

    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "status", ...ORDER_FULFILLMENT_FIELDS],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (order.status === OrderStatus.CANCELED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is canceled`)
    }

    const {
      data: [group],
    } = await query.graph({
      entity: "producer_group",
      fields: ["id", "stock_location.id"],
      filters: { id: input.producer_group_id },
    })
    const locationId = (group as unknown as { stock_location?: { id: string } | null } | undefined)
      ?.stock_location?.id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Producer group ${input.producer_group_id} has no stock location`
      )
    }

    const fulfillments = (order.fulfillments ?? []) as unknown as OrderFulfillmentRowType[]
    const lines = input.line_item_ids.map((id) => ({
      id,
      quantity: quantityOf.get(id) as number,
      ...lineFulfillment(id, fulfillments),
    }))
    return new StepResponse<ProducerOrderLinesType>({
      order_id: order.id,
      location_id: locationId,
      lines,
      fulfillments,
    })
  }
)
