import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryItemsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertKhmerTranslationsStep } from "../../catalogue/steps/upsert-khmer-translations"
import {
  attachProductProvenanceWorkflow,
  type ProductProvenanceInputType,
} from "./attach-product-provenance"

type BulkVariantInputType = NonNullable<CreateProductWorkflowInputDTO["variants"]>[number] & {
  sku: string
  title: string
  /** Units stocked at the product's location. */
  stock: number
  /** The variant's title, and its option value, in Khmer. */
  title_km: string
}

/** One product with everything the catalogue gives a group's product, Khmer texts included. */
export type BulkProductInputType = Omit<CreateProductWorkflowInputDTO, "variants"> & {
  title: string
  title_km: string
  description_km: string
  /** The Khmer title of the product's single option. */
  option_title_km: string
  variants: BulkVariantInputType[]
  /** The group's own stock location, where the stock is kept. */
  location_id: string
  provenance: Omit<ProductProvenanceInputType, "product_id">
}

export type CreateBulkProductsWorkflowInput = { products: BulkProductInputType[] }

/**
 * Creates a batch of complete products in one go (the bulk generator's unit of work): the
 * inventory items with their stock at each group's location, the products with their prices in
 * the sales channel, then each product's group, makers and heritage profile, and the Khmer texts.
 * Running it as one workflow means the products' events go out once everything is linked, and
 * any failure removes what the batch made.
 */
export const createBulkProductsWorkflow = createWorkflow(
  "create-bulk-products",
  (input: CreateBulkProductsWorkflowInput) => {
    const inventoryInput = transform({ input }, ({ input }) => ({
      items: input.products.flatMap((product) =>
        product.variants.map((variant) => ({
          title: `${product.title} · ${variant.title}`,
          sku: variant.sku,
          requires_shipping: true,
          location_levels: [{ location_id: product.location_id, stocked_quantity: variant.stock }],
        }))
      ),
    }))
    const inventoryItems = createInventoryItemsWorkflow.runAsStep({ input: inventoryInput })

    const productsInput = transform(
      { input, inventoryItems },
      ({ input, inventoryItems }): { products: CreateProductWorkflowInputDTO[] } => {
        const itemOf = new Map(inventoryItems.map((item) => [item.sku, item.id]))
        return {
          products: input.products.map((product) => {
            const {
              title_km: _title,
              description_km: _description,
              option_title_km: _option,
              location_id: _location,
              provenance: _provenance,
              ...fields
            } = product
            return {
              ...fields,
              variants: product.variants.map(({ stock: _stock, title_km: _km, ...variant }) => ({
                ...variant,
                manage_inventory: true,
                inventory_items: [
                  { inventory_item_id: itemOf.get(variant.sku) as string, required_quantity: 1 },
                ],
              })),
            }
          }),
        }
      }
    )
    const products = createProductsWorkflow.runAsStep({ input: productsInput })

    const provenance = transform({ input, products }, ({ input, products }) => ({
      products: input.products.map((product, index) => ({
        product_id: products[index].id,
        ...product.provenance,
      })),
    }))
    attachProductProvenanceWorkflow.runAsStep({ input: provenance })

    const khmerTexts = transform({ input, products }, ({ input, products }) =>
      input.products.flatMap((spec, index) => {
        const product = products[index]
        const kmOfValue = new Map(
          spec.variants.map((variant) => [variant.title, variant.title_km] as const)
        )
        return [
          {
            reference: "product",
            reference_id: product.id,
            translations: { title: spec.title_km, description: spec.description_km },
          },
          ...(product.variants ?? []).map((variant) => ({
            reference: "product_variant",
            reference_id: variant.id,
            translations: { title: kmOfValue.get(variant.title) },
          })),
          ...(product.options ?? []).flatMap((option) => [
            {
              reference: "product_option",
              reference_id: option.id,
              translations: { title: spec.option_title_km },
            },
            ...(option.values ?? []).map((value) => ({
              reference: "product_option_value",
              reference_id: value.id,
              translations: { value: kmOfValue.get(value.value) },
            })),
          ]),
        ]
      })
    )
    upsertKhmerTranslationsStep(khmerTexts)

    return new WorkflowResponse(
      transform({ products }, ({ products }) => products.map((product) => product.id))
    )
  }
)
