import {
  maybeApplyLinkFilter,
  type MedusaNextFunction,
  type MedusaResponse,
  type MedusaStoreRequest,
} from "@medusajs/framework/http"

const linkFilter = maybeApplyLinkFilter({
  entryPoint: "product_sales_channel",
  resourceId: "product_id",
  filterableField: "sales_channel_id",
})

/**
 * Medusa's `GET /store/products` drops its sales channel filter while the store has a single
 * sales channel, assuming every product is in it. Ours are not: a pending or suspended group's
 * products are kept out of the default channel precisely so the store does not list them. Runs
 * after Medusa's own middlewares and filters by the publishable key's channels again; when
 * Medusa kept the filter (several channels), it has already turned it into product ids and this
 * only narrows the same set once more.
 */
export async function filterProductsByKeyChannels(
  req: MedusaStoreRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const channelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!req.filterableFields || req.filterableFields.sales_channel_id !== undefined) {
    return next()
  }
  req.filterableFields.sales_channel_id = channelIds
  return linkFilter(req, res, next)
}
