import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { deleteRecordTranslationsStep } from "../steps/delete-record-translations"
import { retrieveGroupProductStep } from "../steps/retrieve-group-product"

export type DeleteProducerProductWorkflowInput = {
  /** The acting member's group; a product of any other group is not found. */
  group_id: string
  product_id: string
}

/**
 * Soft-deletes one of a group's products with Medusa's own workflow (variants, inventory items,
 * links; the heritage profile goes with its link, which cascades), then its translations. Orders
 * keep their lines: they copy what they sold.
 */
export const deleteProducerProductWorkflow = createWorkflow(
  "delete-producer-product",
  (input: DeleteProducerProductWorkflowInput) => {
    const product = retrieveGroupProductStep({
      group_id: input.group_id,
      product_id: input.product_id,
    })
    deleteProductsWorkflow.runAsStep({
      input: transform({ product }, ({ product }) => ({ ids: [product.id] })),
    })
    deleteRecordTranslationsStep(
      transform({ product }, ({ product }) => ({
        reference_ids: [
          ...product.record_ids,
          ...(product.heritage_profile_id ? [product.heritage_profile_id] : []),
        ],
      }))
    )
    return new WorkflowResponse(transform({ product }, ({ product }) => ({ id: product.id })))
  }
)
