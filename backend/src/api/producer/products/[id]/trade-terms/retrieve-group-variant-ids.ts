import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductProducerGroupLink from "../../../../../links/product-producer-group"

type ProductVariantsRowType = { variants?: ({ id: string } | null)[] | null }

/** The variant ids of one of the group's products; another group's product is not found. */
export async function retrieveGroupVariantIds(
  container: MedusaContainer,
  groupId: string,
  productId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductProducerGroupLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: productId, producer_group_id: groupId },
  })
  const { data } = links.length
    ? await query.graph({ entity: "product", fields: ["variants.id"], filters: { id: productId } })
    : { data: [] }
  const [product] = data as ProductVariantsRowType[]
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
  }
  return (product.variants ?? []).flatMap((variant) => (variant ? [variant.id] : []))
}
