import type { IPricingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMedusaAmount } from "@sipakam/shared"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"

export type PlanTradePricesStepInput = {
  /** The trade price list; null when there is none yet (nothing to remove then). */
  price_list_id: string | null
  /** Trade prices to have, in integer minor units. */
  set: { variant_id: string; trade_price: number }[]
  /** Variants to have no trade price any more. */
  remove_variant_ids: string[]
}

type PriceSetLinkType = { variant_id: string; price_set_id: string }

/**
 * What must change in the trade price list for these variants. A changed price is removed and
 * added anew rather than updated: Medusa's removal and creation steps both undo themselves
 * exactly (a soft-deleted price is restored, a created one removed).
 */
export const planTradePricesStep = createStep(
  "plan-trade-prices",
  async (input: PlanTradePricesStepInput, { container }) => {
    const currency = TRADE_PRICE_LIST.currency_code
    const variantIds = [...input.set.map((price) => price.variant_id), ...input.remove_variant_ids]
    let current = new Map<string, { id: string; amount: number }[]>()
    if (input.price_list_id && variantIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "product_variant_price_set",
        fields: ["variant_id", "price_set_id"],
        filters: { variant_id: variantIds },
      })
      const variantOf = new Map((links as PriceSetLinkType[]).map((link) => [link.price_set_id, link.variant_id]))
      const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
      const prices = variantOf.size
        ? await pricing.listPrices(
            { price_set_id: [...variantOf.keys()], price_list_id: [input.price_list_id] },
            { select: ["id", "amount", "currency_code", "price_set_id"] }
          )
        : []
      current = new Map()
      for (const price of prices) {
        const variantId = variantOf.get(price.price_set_id as string)
        if (variantId) {
          current.set(variantId, [...(current.get(variantId) ?? []), { id: price.id, amount: Number(price.amount) }])
        }
      }
    }
    const create: { variant_id: string; currency_code: string; amount: number }[] = []
    const remove: string[] = input.remove_variant_ids.flatMap((id) => (current.get(id) ?? []).map((price) => price.id))
    for (const { variant_id, trade_price } of input.set) {
      const amount = toMedusaAmount(trade_price, currency)
      const existing = current.get(variant_id) ?? []
      if (existing.length === 1 && existing[0].amount === amount) {
        continue
      }
      remove.push(...existing.map((price) => price.id))
      create.push({ variant_id, currency_code: currency, amount })
    }
    return new StepResponse({ create, delete: remove })
  }
)
