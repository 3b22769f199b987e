import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

/** Soft-deletes the trade terms of variants; compensation restores them. */
export const deleteTradeTermsStep = createStep(
  "delete-trade-terms",
  async (input: { variant_ids: string[] }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const terms = input.variant_ids.length
      ? await wholesale.listTradeTerms({ variant_id: input.variant_ids }, { select: ["id"] })
      : []
    const ids = terms.map((row) => row.id)
    if (ids.length) {
      await wholesale.softDeleteTradeTerms(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.restoreTradeTerms(ids)
  }
)
