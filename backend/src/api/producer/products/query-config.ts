/** What a group sees of its products (the producer API takes no `fields` parameter). */
export const PRODUCER_PRODUCT_FIELDS = [
  "id",
  "title",
  "description",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "heritage_profile.*",
  "makers.id",
  "makers.maker_id",
  "makers.handle",
  "makers.display_name",
  "makers.has_public_profile",
]

export const listProductsQueryConfig = {
  defaults: PRODUCER_PRODUCT_FIELDS,
  isList: true,
  defaultLimit: 20,
}

export const retrieveProductQueryConfig = { defaults: PRODUCER_PRODUCT_FIELDS, isList: false }
