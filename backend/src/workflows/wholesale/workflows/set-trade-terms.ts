import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, batchPriceListPricesWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ProducerSetTradeTermsType } from "../../../api/producer/products/[id]/trade-terms/validators"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"
import { retrieveGroupProductStep } from "../../catalogue/steps/retrieve-group-product"
import { planTradePricesStep } from "../steps/plan-trade-prices"
import { upsertTradeTermsStep } from "../steps/upsert-trade-terms"
import { validateTradePricesStep } from "../steps/validate-trade-prices"
import { ensureTradePriceListWorkflow } from "./ensure-trade-price-list"

export type SetTradeTermsWorkflowInput = ProducerSetTradeTermsType & {
  /** The acting member's group; a product of any other group is not found. */
  group_id: string
  product_id: string
}

/**
 * A producer group sets the trade price, minimum and case pack of some of its product's
 * variants: the terms in the wholesale module, the price in the trade price list (created on
 * first use). All or nothing: a failure undoes every write.
 */
export const setTradeTermsWorkflow = createWorkflow("set-trade-terms", (input: SetTradeTermsWorkflowInput) => {
  const product = retrieveGroupProductStep({ group_id: input.group_id, product_id: input.product_id })
  validateTradePricesStep(
    transform({ input, product }, ({ input, product }) => ({
      variants: product.variants,
      trade_prices: input.variants.map(({ variant_id, trade_price }) => ({ variant_id, trade_price })),
    }))
  )

  acquireLockStep({
    key: TRADE_PRICE_LIST.lock.key,
    timeout: TRADE_PRICE_LIST.lock.timeout,
    ttl: TRADE_PRICE_LIST.lock.ttl,
  })
  const list = ensureTradePriceListWorkflow.runAsStep({ input: {} })
  const plan = planTradePricesStep(
    transform({ input, list }, ({ input, list }) => ({
      price_list_id: list.id,
      set: input.variants.map(({ variant_id, trade_price }) => ({ variant_id, trade_price })),
      remove_variant_ids: [],
    }))
  )
  when("trade-prices-change", { plan }, ({ plan }) => plan.create.length + plan.delete.length > 0).then(() => {
    batchPriceListPricesWorkflow.runAsStep({
      input: transform({ list, plan }, ({ list, plan }) => ({
        data: { id: list.id, create: plan.create, update: [], delete: plan.delete },
      })),
    })
  })
  const terms = upsertTradeTermsStep(
    transform({ input, product }, ({ input, product }) => ({
      product_id: product.id,
      terms: input.variants.map(({ variant_id, min_quantity, case_pack }) => ({
        variant_id,
        min_quantity,
        case_pack,
      })),
    }))
  )
  releaseLockStep({ key: TRADE_PRICE_LIST.lock.key })
  return new WorkflowResponse(terms)
})
