import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ProducerLineStatus } from "../utils/producer-line-status"
import type { ProducerOrderLinesType } from "./get-producer-order-lines"

export type ShipmentPlanType = {
  /** The handed-over fulfillment to ship, or null to create one for pending lines first. */
  fulfillment_id: string | null
  metadata: Record<string, unknown>
}

/**
 * A shipment is one parcel with one tracking number, so it covers either lines still at the
 * group (shipped directly by the group), or exactly the lines of one earlier hand-over. Lines
 * shipped already, or a mix, are refused.
 */
export const validateShipLinesStep = createStep(
  "validate-ship-lines",
  async (order: ProducerOrderLinesType) => {
    const shipped = order.lines.filter((line) => line.status === ProducerLineStatus.SHIPPED)
    if (shipped.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Already shipped: ${shipped.map((line) => line.id).join(", ")}`
      )
    }
    if (order.lines.every((line) => line.status === ProducerLineStatus.PENDING)) {
      return new StepResponse<ShipmentPlanType>({ fulfillment_id: null, metadata: {} })
    }
    const fulfillmentIds = new Set(order.lines.map((line) => line.fulfillment_id))
    const [fulfillmentId] = [...fulfillmentIds]
    const fulfillment = order.fulfillments.find((candidate) => candidate.id === fulfillmentId)
    const handedOver = new Set(
      (fulfillment?.items ?? []).flatMap((item) => (item?.line_item_id ? [item.line_item_id] : []))
    )
    const asked = new Set(order.lines.map((line) => line.id))
    if (
      fulfillmentIds.size !== 1 ||
      !fulfillment ||
      handedOver.size !== asked.size ||
      [...handedOver].some((id) => !asked.has(id))
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Ship either lines not handed over yet, or exactly the lines handed over together"
      )
    }
    return new StepResponse<ShipmentPlanType>({
      fulfillment_id: fulfillment.id,
      metadata: fulfillment.metadata ?? {},
    })
  }
)
