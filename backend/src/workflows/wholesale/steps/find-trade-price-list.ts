import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findTradePriceListId } from "../utils/find-trade-price-list-id"

/** The trade price list, or null before the first trade price is set. */
export const findTradePriceListStep = createStep(
  "find-trade-price-list",
  async (_input: void, { container }) => {
    return new StepResponse({ id: await findTradePriceListId(container) })
  }
)
