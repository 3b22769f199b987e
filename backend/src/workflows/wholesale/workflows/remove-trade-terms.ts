import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, batchPriceListPricesWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"
import { retrieveGroupProductStep } from "../../catalogue/steps/retrieve-group-product"
import { validateVariantUpdatesStep } from "../../catalogue/steps/validate-variant-updates"
import { deleteTradeTermsStep } from "../steps/delete-trade-terms"
import { findTradePriceListStep } from "../steps/find-trade-price-list"
import { planTradePricesStep } from "../steps/plan-trade-prices"

export type RemoveTradeTermsWorkflowInput = {
  /** The acting member's group; a product of any other group is not found. */
  group_id: string
  product_id: string
  variant_ids: string[]
}

/** A producer group stops selling variants at trade terms: their terms and trade prices go. */
export const removeTradeTermsWorkflow = createWorkflow(
  "remove-trade-terms",
  (input: RemoveTradeTermsWorkflowInput) => {
    const product = retrieveGroupProductStep({ group_id: input.group_id, product_id: input.product_id })
    validateVariantUpdatesStep(
      transform({ input, product }, ({ input, product }) => ({
        variant_ids: input.variant_ids,
        product_variant_ids: product.variants.map((variant) => variant.id),
      }))
    )
    acquireLockStep({
      key: TRADE_PRICE_LIST.lock.key,
      timeout: TRADE_PRICE_LIST.lock.timeout,
      ttl: TRADE_PRICE_LIST.lock.ttl,
    })
    const list = findTradePriceListStep()
    const plan = planTradePricesStep(
      transform({ input, list }, ({ input, list }) => ({
        price_list_id: list.id,
        set: [],
        remove_variant_ids: input.variant_ids,
      }))
    )
    when("trade-prices-change", { plan }, ({ plan }) => plan.create.length + plan.delete.length > 0).then(() => {
      batchPriceListPricesWorkflow.runAsStep({
        input: transform({ list, plan }, ({ list, plan }) => ({
          data: { id: list.id as string, create: plan.create, update: [], delete: plan.delete },
        })),
      })
    })
    const removed = deleteTradeTermsStep({ variant_ids: input.variant_ids })
    releaseLockStep({ key: TRADE_PRICE_LIST.lock.key })
    return new WorkflowResponse(transform({ removed }, ({ removed }) => ({ ids: removed })))
  }
)
