import { deleteInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SeededGroups } from "./producers"
import type { SeededProduct } from "./products"
import type { ProductProvenance } from "./provenance"
import { ensureStockLevels } from "./stock-levels"

type LevelRow = {
  id: string
  location_id: string
  reserved_quantity: number
  incoming_quantity: number
}

/**
 * Keeps every product's stock at its group's own location, where the group manages it and
 * where orders reserve it. Demo data seeded before groups existed kept stock at the hub: those
 * hub levels are removed once the group holds the stock (unless an order has reserved units
 * there, which then ship from the hub).
 */
export async function ensureGroupStock(
  container: MedusaContainer,
  hubLocationId: string,
  products: SeededProduct[],
  plan: ProductProvenance[],
  groups: SeededGroups
): Promise<void> {
  const groupOf = new Map(plan.map((item) => [item.handle, item.group]))
  for (const [handle, group] of groups) {
    const own = products.filter((product) => groupOf.get(product.spec.handle) === handle)
    if (own.length) {
      await ensureStockLevels(container, group.stockLocationId, own)
    }
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: [
      "id",
      "location_levels.id",
      "location_levels.location_id",
      "location_levels.reserved_quantity",
      "location_levels.incoming_quantity",
    ],
    filters: {
      sku: products.flatMap((product) => product.spec.variants.map((variant) => variant.sku)),
    },
  })
  const idle = items
    .flatMap((item) => (item.location_levels ?? []) as (LevelRow | null)[])
    .filter(
      (level): level is LevelRow =>
        level?.location_id === hubLocationId &&
        !Number(level.reserved_quantity) &&
        !Number(level.incoming_quantity)
    )
  if (idle.length) {
    await deleteInventoryLevelsWorkflow(container).run({
      input: { id: idle.map((level) => level.id), force: true },
    })
  }
}
