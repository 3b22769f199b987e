import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import ProductProducerGroupLink from "../../../links/product-producer-group"

export type GroupProductVariantType = {
  id: string
  /** The variant's own prices (not price lists'); `rules_count` > 0 marks the operator's rule prices. */
  prices: { id: string; currency_code: string; amount: number; rules_count: number }[]
  inventory_item_id: string | null
  /** The variant's stock level at the group's location, when it has one. */
  level_id: string | null
}

export type GroupProductType = {
  id: string
  status: ProductStatus
  title: string
  variants: GroupProductVariantType[]
  /** Ids of the product's records that may carry translations (product, variants, options). */
  record_ids: string[]
  heritage_profile_id: string | null
  craft: string | null
  categories: { id: string; handle: string }[]
  public_maker_ids: string[]
}

type PriceRow = {
  id: string
  currency_code: string
  amount: number
  price_list_id?: string | null
  rules_count?: number | null
}

type LevelRow = { id: string; location_id: string }

/** The shape the product query below returns, spelled out so it does not depend on generated types. */
type ProductRow = {
  id: string
  status: ProductStatus
  title: string
  options?: ({ id: string; values?: ({ id: string } | null)[] | null } | null)[] | null
  variants?:
    | ({
        id: string
        prices?: (PriceRow | null)[] | null
        inventory_items?:
          | ({
              inventory_item_id: string
              inventory?: { location_levels?: (LevelRow | null)[] | null } | null
            } | null)[]
          | null
      } | null)[]
    | null
  categories?: ({ id: string; handle: string } | null)[] | null
  heritage_profile?: { id: string; craft: string } | null
  makers?: ({ id: string } | null)[] | null
}

/**
 * One of the group's products, as its writes need it. A product of another group is reported as
 * not found, exactly like a product that does not exist.
 */
export const retrieveGroupProductStep = createStep(
  "retrieve-group-product",
  async (
    input: { group_id: string; product_id: string; stock_location_id?: string },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: ProductProducerGroupLink.entryPoint,
      fields: ["product_id"],
      filters: { product_id: input.product_id, producer_group_id: input.group_id },
    })
    const { data } = links.length
      ? await query.graph({
          entity: "product",
          fields: [
            "id",
            "status",
            "title",
            "options.id",
            "options.values.id",
            "variants.id",
            "variants.prices.id",
            "variants.prices.currency_code",
            "variants.prices.amount",
            "variants.prices.price_list_id",
            "variants.prices.rules_count",
            "variants.inventory_items.inventory_item_id",
            "variants.inventory_items.inventory.location_levels.id",
            "variants.inventory_items.inventory.location_levels.location_id",
            "categories.id",
            "categories.handle",
            "heritage_profile.id",
            "heritage_profile.craft",
            "makers.id",
          ],
          filters: { id: input.product_id },
        })
      : { data: [] }
    const [product] = data as ProductRow[]
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} not found`)
    }

    const variants: GroupProductVariantType[] = (product.variants ?? []).flatMap((variant) => {
      if (!variant) {
        return []
      }
      const [item] = variant.inventory_items ?? []
      const level = (item?.inventory?.location_levels ?? []).find(
        (candidate) => candidate?.location_id === input.stock_location_id
      )
      return [
        {
          id: variant.id,
          // Price lists are the operator's and live apart from the variant's own prices.
          prices: (variant.prices ?? [])
            .filter((price): price is PriceRow => !!price && !price.price_list_id)
            .map((price) => ({
              id: price.id,
              currency_code: price.currency_code,
              amount: Number(price.amount),
              rules_count: price.rules_count ?? 0,
            })),
          inventory_item_id: item?.inventory_item_id ?? null,
          level_id: level?.id ?? null,
        },
      ]
    })
    const options = (product.options ?? []).flatMap((option) => (option ? [option] : []))
    const result: GroupProductType = {
      id: product.id,
      status: product.status,
      title: product.title,
      variants,
      record_ids: [
        product.id,
        ...variants.map((variant) => variant.id),
        ...options.flatMap((option) => [
          option.id,
          ...(option.values ?? []).flatMap((value) => (value ? [value.id] : [])),
        ]),
      ],
      heritage_profile_id: product.heritage_profile?.id ?? null,
      craft: product.heritage_profile?.craft ?? null,
      categories: (product.categories ?? []).flatMap((category) =>
        category ? [{ id: category.id, handle: category.handle }] : []
      ),
      public_maker_ids: (product.makers ?? []).flatMap((maker) => (maker ? [maker.id] : [])),
    }
    return new StepResponse(result)
  }
)
