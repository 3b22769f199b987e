import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fromMedusaAmount } from "@sipakam/shared"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"
import type { GroupProductVariantType } from "../../catalogue/steps/retrieve-group-product"

export type ValidateTradePricesStepInput = {
  /** The product's variants, with their own prices. */
  variants: GroupProductVariantType[]
  /** The trade prices asked for, in integer minor units of the trade currency. */
  trade_prices: { variant_id: string; trade_price: number }[]
}

/**
 * Every variant must be one of the product's (404 otherwise, as for any other group's variant),
 * and its trade price never above its retail price in the trade currency (400 naming the variant).
 */
export const validateTradePricesStep = createStep(
  "validate-trade-prices",
  async (input: ValidateTradePricesStepInput) => {
    const variants = new Map(input.variants.map((variant) => [variant.id, variant]))
    const unknown = input.trade_prices.filter((price) => !variants.has(price.variant_id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variants not found on this product: ${unknown.map((price) => price.variant_id).join(", ")}`
      )
    }
    const currency = TRADE_PRICE_LIST.currency_code
    for (const { variant_id, trade_price } of input.trade_prices) {
      // The variant's own price for everyone: not the operator's rule-based prices.
      const retail = variants
        .get(variant_id)
        ?.prices.find((price) => price.currency_code === currency && !price.rules_count)
      if (!retail) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Variant ${variant_id} has no ${currency.toUpperCase()} retail price: set one before its trade price`
        )
      }
      const retailMinor = fromMedusaAmount(retail.amount, currency)
      if (trade_price > retailMinor) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The trade price of variant ${variant_id} (${trade_price}) is above its retail price (${retailMinor}): a trade price is never above retail`
        )
      }
    }
  }
)
