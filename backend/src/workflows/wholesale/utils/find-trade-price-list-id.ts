import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRADE_PRICE_LIST } from "../../../modules/wholesale/trade-price-list"

/** The id of the trade price list (the first made, should there be two), or null before it exists. */
export async function findTradePriceListId(container: MedusaContainer): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { title: TRADE_PRICE_LIST.title },
    pagination: { order: { created_at: "ASC" }, take: 1 },
  })
  return (data[0] as { id: string } | undefined)?.id ?? null
}
