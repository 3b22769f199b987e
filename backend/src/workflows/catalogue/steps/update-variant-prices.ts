import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type PriceInputType = { id?: string; currency_code: string; amount: number }

export type UpdateVariantPricesStepInput = {
  variant_id: string
  /** The variant's whole list of own prices (major units); prices left out are removed. */
  prices: PriceInputType[]
}[]

/**
 * Replaces variants' own prices (price lists are untouched). Written here rather than through
 * Medusa's updateProductVariantsWorkflow, whose compensation loses the prices it replaced:
 * this one puts back exactly the prices there were.
 */
export const updateVariantPricesStep = createStep(
  "update-variant-prices",
  async (input: UpdateVariantPricesStepInput, { container }) => {
    if (!input.length) {
      return new StepResponse(undefined, [])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    const { data: links } = await query.graph({
      entity: "product_variant_price_set",
      fields: ["variant_id", "price_set_id"],
      filters: { variant_id: input.map((item) => item.variant_id) },
    })
    const priceSetOf = new Map(
      links.map((link: { variant_id: string; price_set_id: string }) => [
        link.variant_id,
        link.price_set_id,
      ])
    )
    const priceSets = input.map((item) => {
      const id = priceSetOf.get(item.variant_id)
      if (!id) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Variant ${item.variant_id} has no prices`
        )
      }
      return { id, prices: item.prices }
    })

    const listed = await pricing.listPrices(
      { price_set_id: priceSets.map((set) => set.id) },
      { select: ["id", "currency_code", "amount", "price_set_id"], relations: ["price_list"] }
    )
    const previous = listed.filter((price) => !price.price_list)
    const before = priceSets.map((set) => ({
      id: set.id,
      prices: previous
        .filter((price) => price.price_set_id === set.id)
        .map((price) => ({
          id: price.id,
          currency_code: price.currency_code as string,
          amount: Number(price.amount),
        })),
    }))
    await pricing.upsertPriceSets(priceSets)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    await container.resolve(Modules.PRICING).upsertPriceSets(before)
  }
)
