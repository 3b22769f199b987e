import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { ProducerGroupStatus } from "../../../../modules/producer/producer-group-status"
import { summarizeArtisans } from "../../impact/summarize-artisans"
import { defaultStoreCurrency } from "../default-store-currency"
import { listListedProducts } from "../list-listed-products"
import type { StoreGetProducerGroupParamsType } from "../validators"
import { PUBLIC_MAKER_FIELDS } from "../public-maker-fields"

/**
 * An active group's page: its story, its current makers who consented to be named, the products
 * the store sells, and its impact as totals over its private maker records (never per person).
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetProducerGroupParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph(
    {
      entity: "producer_group",
      fields: ["id", "handle", "name", "province", "village", "story", "logo_url", "photos", "products.id"],
      filters: { handle: req.params.handle, status: ProducerGroupStatus.ACTIVE },
    },
    { locale: req.locale }
  )
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.handle} was not found`)
  }

  const { data: makers } = await query.graph(
    {
      entity: "public_maker",
      fields: PUBLIC_MAKER_FIELDS,
      filters: { group_id: group.id, has_public_profile: true, is_retired: false },
      pagination: { order: { display_name: "ASC" } },
    },
    { locale: req.locale }
  )
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const artisans = await producers.listMakers(
    { group_id: group.id, retired_at: null },
    { select: ["id", "gender", "people"] }
  )
  const products = await listListedProducts(req.scope, {
    productIds: (group.products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : [])),
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    currencyCode: req.validatedQuery.currency_code ?? (await defaultStoreCurrency(req.scope)),
    locale: req.locale,
  })

  const { products: _links, ...profile } = group
  res.json({
    producer_group: {
      ...profile,
      makers,
      products,
      impact: summarizeArtisans(artisans),
    },
  })
}
