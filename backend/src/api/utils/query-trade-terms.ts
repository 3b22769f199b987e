import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { fromMedusaAmount } from "@sipakam/shared"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import type WholesaleModuleService from "../../modules/wholesale/service"
import { TRADE_PRICE_LIST } from "../../modules/wholesale/trade-price-list"
import { findTradePriceListId } from "../../workflows/wholesale/utils/find-trade-price-list-id"

export type VariantTradeTermsType = {
  variant_id: string
  /** Integer minor units of `currency_code`; null when the variant has terms but no trade price. */
  trade_price: number | null
  currency_code: string
  min_quantity: number
  case_pack: number
}

type PriceSetLinkType = { variant_id: string; price_set_id: string }

/** The trade terms and trade prices of variants, those that have terms; in the order given. */
export async function queryTradeTerms(
  container: MedusaContainer,
  variantIds: string[]
): Promise<VariantTradeTermsType[]> {
  if (!variantIds.length) {
    return []
  }
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const currency = TRADE_PRICE_LIST.currency_code
  const [terms, listId, { data: links }] = await Promise.all([
    wholesale.listTradeTerms({ variant_id: variantIds }, { select: ["variant_id", "min_quantity", "case_pack"] }),
    findTradePriceListId(container),
    query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: variantIds } }),
  ])
  const variantOf = new Map((links as PriceSetLinkType[]).map((link) => [link.price_set_id, link.variant_id]))
  const prices =
    listId && variantOf.size
      ? await pricing.listPrices(
          { price_list_id: [listId], price_set_id: [...variantOf.keys()], currency_code: currency },
          { select: ["amount", "price_set_id"] }
        )
      : []
  const priceOf = new Map(
    prices.map((price) => [variantOf.get(price.price_set_id as string), fromMedusaAmount(Number(price.amount), currency)])
  )
  const termsOf = new Map(terms.map((row) => [row.variant_id, row]))
  return variantIds.flatMap((variantId) => {
    const row = termsOf.get(variantId)
    return row
      ? [
          {
            variant_id: variantId,
            trade_price: priceOf.get(variantId) ?? null,
            currency_code: currency,
            min_quantity: row.min_quantity,
            case_pack: row.case_pack,
          },
        ]
      : []
  })
}
