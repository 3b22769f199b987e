import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ProducerGroupStatus } from "../../../../modules/producer/producer-group-status"
import { defaultStoreCurrency } from "../../producers/default-store-currency"
import { listListedProducts } from "../../producers/list-listed-products"
import { PUBLIC_MAKER_FIELDS } from "../../producers/public-maker-fields"
import type { StoreGetMakerParamsType } from "../validators"

/**
 * A maker's public profile. Only makers who consented have a handle, and only makers of
 * active groups are shown; anything else is not found.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetMakerParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [maker],
  } = await query.graph(
    {
      entity: "public_maker",
      fields: [...PUBLIC_MAKER_FIELDS, "group.handle", "group.name", "group.status", "products.id"],
      filters: { handle: req.params.handle, has_public_profile: true },
    },
    { locale: req.locale }
  )
  if (!maker || maker.group?.status !== ProducerGroupStatus.ACTIVE) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${req.params.handle} was not found`)
  }

  const products = await listListedProducts(req.scope, {
    productIds: (maker.products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : [])),
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    currencyCode: req.validatedQuery.currency_code ?? (await defaultStoreCurrency(req.scope)),
    locale: req.locale,
  })

  const { group, products: _links, ...profile } = maker
  res.json({
    maker: {
      ...profile,
      group: { handle: group.handle, name: group.name },
      products,
    },
  })
}
