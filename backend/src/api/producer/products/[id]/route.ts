import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { deleteProducerProductWorkflow } from "../../../../workflows/catalogue/workflows/delete-producer-product"
import { updateProducerProductWorkflow } from "../../../../workflows/catalogue/workflows/update-producer-product"
import { producerScope } from "../../scope"
import type { ProducerUpdateProductType } from "../validators"
import { PRODUCER_PRODUCT_FIELDS } from "../query-config"
import { queryProducerProducts } from "../query-producer-products"

async function retrieveGroupProduct(container: MedusaContainer, groupId: string, id: string) {
  const {
    products: [product],
  } = await queryProducerProducts(container, {
    groupId,
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} not found`)
  }
  return product
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  res.json({ product: await retrieveGroupProduct(req.scope, groupId, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateProductType>,
  res: MedusaResponse
) => {
  const { groupId } = producerScope(req)
  await updateProducerProductWorkflow(req.scope).run({
    input: { group_id: groupId, product_id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await retrieveGroupProduct(req.scope, groupId, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { groupId } = producerScope(req)
  const { result } = await deleteProducerProductWorkflow(req.scope).run({
    input: { group_id: groupId, product_id: req.params.id },
  })
  res.json({ id: result.id, object: "product", deleted: true })
}
