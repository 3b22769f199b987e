import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerProductWorkflow } from "../../../workflows/catalogue/workflows/create-producer-product"
import { producerScope } from "../scope"
import type { ProducerCreateProductType } from "./validators"
import { PRODUCER_PRODUCT_FIELDS } from "./query-config"
import { type ProducerProductFiltersType, queryProducerProducts } from "./query-producer-products"

/** The group's own products, newest first, filtered by `q` and `status`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  const { skip, take } = req.queryConfig.pagination ?? {}
  const { products, count } = await queryProducerProducts(req.scope, {
    groupId,
    fields: req.queryConfig.fields,
    filters: req.filterableFields as ProducerProductFiltersType,
    pagination: { skip, take },
  })
  res.json({ products, count, offset: skip, limit: take })
}

/** Creates a product of the member's group (the group never comes from the request). */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCreateProductType>,
  res: MedusaResponse
) => {
  const { groupId } = producerScope(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { group_id: groupId, product: req.validatedBody },
  })
  const {
    products: [product],
  } = await queryProducerProducts(req.scope, {
    groupId,
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: result.id },
  })
  res.json({ product })
}
