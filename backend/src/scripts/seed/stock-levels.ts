import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SeededProduct } from "./products"

/** Stocks every variant's inventory item at the hub, once; later runs leave quantities alone. */
export async function ensureStockLevels(
  container: MedusaContainer,
  locationId: string,
  products: SeededProduct[]
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(
    products.flatMap((product) =>
      product.spec.variants.map((variant) => [variant.sku, variant.stock] as const)
    )
  )
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const unstocked = items.filter(
    (item) =>
      !item.location_levels?.some(
        (level: { location_id: string } | null) => level?.location_id === locationId
      )
  )
  if (unstocked.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: unstocked.map((item) => ({
          location_id: locationId,
          inventory_item_id: item.id,
          stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
        })),
      },
    })
  }
}
