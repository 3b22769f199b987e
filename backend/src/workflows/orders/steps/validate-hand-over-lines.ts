import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ProducerLineStatus } from "../utils/producer-line-status"
import type { ProducerOrderLinesType } from "./get-producer-order-lines"

/** Only lines still at the group can be handed over; each line is handed over whole, once. */
export const validateHandOverLinesStep = createStep(
  "validate-hand-over-lines",
  async (order: ProducerOrderLinesType) => {
    const done = order.lines.filter((line) => line.status !== ProducerLineStatus.PENDING)
    if (done.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Already handed over or shipped: ${done.map((line) => line.id).join(", ")}`
      )
    }
    return new StepResponse(undefined)
  }
)
