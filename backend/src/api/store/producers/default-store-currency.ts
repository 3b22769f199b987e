import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The store's default currency code (e.g. "usd"): prices are shown in it unless asked otherwise. */
export async function defaultStoreCurrency(scope: MedusaContainer): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const currencies = (stores[0]?.supported_currencies ?? []) as
    | ({ currency_code: string; is_default: boolean } | null)[]
  const chosen = currencies.find((currency) => currency?.is_default) ?? currencies[0]
  return chosen?.currency_code ?? "usd"
}
