import type { MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ProducerGroupStatus } from "../../../modules/producer/producer-group-status"

type GroupProductsRowType = { products?: ({ id?: string } | null)[] | null }

/** The ids of the products whose group is pending or suspended. */
async function inactiveGroupsProductIds(req: MedusaStoreRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "producer_group",
    fields: ["products.id"],
    filters: { status: { $ne: ProducerGroupStatus.ACTIVE } },
  })
  return (groups as GroupProductsRowType[]).flatMap((group) =>
    (group.products ?? []).flatMap((product) => (product?.id ? [product.id] : []))
  )
}

/**
 * Medusa's `GET /store/products` drops its sales channel filter while the store has a single
 * sales channel, assuming every product is in it. Ours are not: a pending or suspended group's
 * products are kept out of the channel (`setProducerGroupProductsListedWorkflow`), so the store
 * must not list them. Filtering by the channel, as Medusa does with several channels, reads every
 * product id in it on each request: about a second for 10,000 products. The products left out
 * are few, so this excludes them instead, by the rule the channel follows: those of groups that
 * are not active. With several channels Medusa keeps its own filter and this does nothing.
 */
export async function excludeInactiveGroupsProducts(
  req: MedusaStoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!req.filterableFields || req.filterableFields.sales_channel_id !== undefined) {
    return next()
  }
  const excluded = await inactiveGroupsProductIds(req)
  if (excluded.length) {
    const conditions = (req.filterableFields.$and as Record<string, unknown>[] | undefined) ?? []
    req.filterableFields.$and = [...conditions, { id: { $nin: excluded } }]
  }
  return next()
}
