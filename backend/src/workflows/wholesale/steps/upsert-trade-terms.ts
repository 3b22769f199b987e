import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type UpsertTradeTermsStepInput = {
  product_id: string
  terms: { variant_id: string; min_quantity: number; case_pack: number }[]
}

type PreviousTermsType = { id: string; min_quantity: number; case_pack: number }

/**
 * Sets the trade terms of variants: updates those they have, creates the others. Compensation
 * puts back the previous values and deletes what it created.
 */
export const upsertTradeTermsStep = createStep(
  "upsert-trade-terms",
  async (input: UpsertTradeTermsStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const existing = await wholesale.listTradeTerms(
      { variant_id: input.terms.map((terms) => terms.variant_id) },
      { select: ["id", "variant_id", "min_quantity", "case_pack"] }
    )
    const existingOf = new Map(existing.map((terms) => [terms.variant_id, terms]))
    const previous: PreviousTermsType[] = existing.map(({ id, min_quantity, case_pack }) => ({
      id,
      min_quantity,
      case_pack,
    }))
    const updates = input.terms.flatMap((terms) => {
      const found = existingOf.get(terms.variant_id)
      return found ? [{ id: found.id, min_quantity: terms.min_quantity, case_pack: terms.case_pack }] : []
    })
    const creates = input.terms
      .filter((terms) => !existingOf.has(terms.variant_id))
      .map((terms) => ({ ...terms, product_id: input.product_id }))
    const updated = updates.length ? await wholesale.updateTradeTerms(updates) : []
    const created = creates.length ? await wholesale.createTradeTerms(creates) : []
    return new StepResponse([...updated, ...created], {
      previous,
      created_ids: created.map((terms) => terms.id),
    })
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    if (restore.created_ids.length) {
      await wholesale.deleteTradeTerms(restore.created_ids)
    }
    if (restore.previous.length) {
      await wholesale.updateTradeTerms(restore.previous)
    }
  }
)
